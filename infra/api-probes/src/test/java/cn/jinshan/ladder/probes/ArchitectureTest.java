package cn.jinshan.ladder.probes;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The probes are a framework-free library: HTTP via the kit's ApiClient, JSON via Jackson, nothing of Spring. */
class ArchitectureTest {

    private final JavaClasses library = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jinshan.ladder.probes");

    @Test
    void theLibraryDoesNotDependOnSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.junit..", "org.assertj..")
                .check(library);
    }

    @Test
    void theLibraryUsesOnlyThePublicTestSupportOfTheKit() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("cn.jinshan.ladder.kit..")
                        .and(not(resideInAPackage("cn.jinshan.ladder.kit.test.."))))
                .check(library);
    }
}
