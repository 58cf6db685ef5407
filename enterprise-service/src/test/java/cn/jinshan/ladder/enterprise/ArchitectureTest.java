package cn.jinshan.ladder.enterprise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jinshan.ladder.enterprise");

    @Test
    void theDomainImportsNoFrameworkNorOuterLayer() {
        noClasses()
                .that()
                .resideInAPackage("cn.jinshan.ladder.enterprise.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.bson..",
                        "com.mongodb..",
                        "tools.jackson..",
                        "org.apache.kafka..",
                        "cn.jinshan.ladder.kit.security..",
                        "cn.jinshan.ladder.kit.outbox..",
                        "cn.jinshan.ladder.enterprise.*.application..",
                        "cn.jinshan.ladder.enterprise.*.adapter..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnAdaptersNorTheWebOrTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("cn.jinshan.ladder.enterprise.*.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.jinshan.ladder.enterprise.*.adapter..",
                        "org.springframework.web..",
                        "org.springframework.data.mongodb..",
                        "com.mongodb..")
                .check(CLASSES);
    }

    @Test
    void adaptersOfOneFeatureNeverUseAnotherFeaturesAdapters() {
        slices().matching("cn.jinshan.ladder.enterprise.(*).adapter..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void theFeaturesDoNotFormCycles() {
        slices().matching("cn.jinshan.ladder.enterprise.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
