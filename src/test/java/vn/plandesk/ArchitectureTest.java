package vn.plandesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.Executors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of shared/reference/architecture.md: model <- logic <- gui, cli beside gui, app wiring on top. */
@AnalyzeClasses(packages = "vn.plandesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelStandsAlone = noClasses().that().resideInAPackage("vn.plandesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.plandesk.logic..", "vn.plandesk.gui..", "vn.plandesk.cli..", "vn.plandesk.app..",
                    "javafx..", "java.sql..", "org.jooq..", "org.h2..", "com.fasterxml..")
            .because("the model is the domain's records and rules: no screen, no database, no files");

    @ArchTest
    static final ArchRule logicWorksWithoutAScreen = noClasses().that().resideInAPackage("vn.plandesk.logic..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.plandesk.gui..", "vn.plandesk.cli..", "vn.plandesk.app..", "javafx..")
            .because("logic is used by the window and the command line alike");

    @ArchTest
    static final ArchRule guiKnowsNoCommandLine = noClasses().that().resideInAPackage("vn.plandesk.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.plandesk.cli..", "vn.plandesk.app..")
            .because("the window calls logic; only app wires the window and the command line together");

    @ArchTest
    static final ArchRule commandLineKnowsNoScreen = noClasses().that().resideInAPackage("vn.plandesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.plandesk.gui..", "vn.plandesk.app..", "javafx..")
            .because("commands call logic only and must run where there is no display");

    @ArchTest
    static final ArchRule guiRunsBackgroundWorkThroughItsExecutor = noClasses().that().resideInAPackage("vn.plandesk.gui..")
            .and().resideOutsideOfPackage("vn.plandesk.gui.background..")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .orShould().callMethod(Thread.class, "start")
            .orShould().dependOnClassesThat().areAssignableTo(Executors.class)
            .because("the window has one executor (gui.background): its handlers run on the JavaFX thread and tests replace it");

    @ArchTest
    static final ArchRule guiKnowsNoDatabase = noClasses().that().resideInAPackage("vn.plandesk.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
            .because("the window reaches the store through logic's store interfaces only");

    @ArchTest
    static final ArchRule guiAsksNoFileOnItsThread = noClasses().that().resideInAPackage("vn.plandesk.gui..")
            // the two whose file questions are asked on the executor, as their documentation says
            .and().doNotHaveFullyQualifiedName("vn.plandesk.gui.export.LastExport")
            .and().doNotHaveFullyQualifiedName("vn.plandesk.gui.followup.StartingFolder")
            .should().dependOnClassesThat().belongToAnyOf(Files.class, FileChannel.class, FileInputStream.class,
                    FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class)
            .orShould().callMethodWhere(DescribedPredicate.describe("a question to the file system",
                    call -> call.getTargetOwner().isEquivalentTo(File.class)
                            && !Set.of("getName", "getPath", "toPath", "toString").contains(call.getName())))
            .because("a file on a share or a USB stick may take seconds to answer: files are read and written by logic,"
                    + " on the window's executor, never on the JavaFX thread");
}
