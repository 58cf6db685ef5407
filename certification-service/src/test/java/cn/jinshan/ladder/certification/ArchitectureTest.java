package cn.jinshan.ladder.certification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jinshan.ladder.certification");

    @Test
    void theDomainImportsNoFrameworkAndNoOuterLayer() {
        noClasses()
                .that()
                .resideInAPackage("cn.jinshan.ladder.certification.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.bson..",
                        "com.mongodb..",
                        "tools.jackson..",
                        "cn.jinshan.ladder.certification.*.application..",
                        "cn.jinshan.ladder.certification.*.adapter..",
                        "cn.jinshan.ladder.kit..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses()
                .that()
                .resideInAPackage("cn.jinshan.ladder.certification.*.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.jinshan.ladder.certification.*.adapter..", "org.springframework.web..")
                .check(CLASSES);
    }

    @Test
    void adaptersOfOneFeatureNeverUseAnotherFeaturesAdapters() {
        slices().matching("cn.jinshan.ladder.certification.(*).adapter..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void theFeaturesDoNotFormCycles() {
        slices().matching("cn.jinshan.ladder.certification.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
