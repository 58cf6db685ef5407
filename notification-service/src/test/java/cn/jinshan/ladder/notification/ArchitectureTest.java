package cn.jinshan.ladder.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String BASE = "cn.jinshan.ladder.notification";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theDomainImportsNoFrameworkNorDriver() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "tools.jackson..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void applicationCodeNeverReachesIntoAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage("..domain..", "..application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..adapter..")
                .check(CLASSES);
    }

    @Test
    void adaptersOfOneFeatureNeverImportAnotherFeaturesAdapters() {
        noClasses()
                .that()
                .resideInAPackage("..adapter..")
                .should(dependOnAnotherFeaturesAdapter())
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> dependOnAnotherFeaturesAdapter() {
        return new ArchCondition<>("depend on another feature's adapter") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String feature = feature(item.getPackageName());
                item.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .filter(target -> target.getPackageName().startsWith(BASE + ".")
                                && target.getPackageName().contains(".adapter")
                                && !feature(target.getPackageName()).equals(feature))
                        .forEach(target -> events.add(SimpleConditionEvent.violated(
                                item, item.getName() + " depends on " + target.getName())));
            }
        };
    }

    private static String feature(String packageName) {
        String rest = packageName.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
