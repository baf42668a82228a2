package vn.plandesk.model;

/** Where a plan is in its life: being written, signed and sent, or all its work done. */
public enum PlanStatus { DRAFT, ISSUED, FINISHED }
