package vn.plandesk.logic.store;

/** The role column of task_unit: lead (chủ trì) or cooperating (phối hợp). */
enum TaskUnitRole { LEAD, SUPPORT }
