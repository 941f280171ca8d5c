package org.cdisignals.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked on the library's compiled classes: a change that breaks one fails the
 * build, naming the offending dependency.
 */
class ArchitectureTest {

    private static final String LIBRARY = "org.cdisignals";
    private static final String INTERNAL = "org.cdisignals.internal..";
    /** What an application imports: the API, the signal records, the settings API and the admin API. */
    private static final String[] RECORDS = {"org.cdisignals", "org.cdisignals.model", "org.cdisignals.request",
            "org.cdisignals.db", "org.cdisignals.migrate", "org.cdisignals.test"};
    private static final String[] EMITTERS = {"org.cdisignals.jpa", "org.cdisignals.eclipselink",
            "org.cdisignals.hibernate", "org.cdisignals.flyway", "org.cdisignals.faces", "org.cdisignals.servlet"};

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(LIBRARY);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().assignedFrom(eachPackage()).should().beFreeOfCycles().check(library);
    }

    @Test
    void onlyTheHibernateAdapterSeesHibernate() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.hibernate..")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .check(library);
    }

    @Test
    void onlyTheEclipseLinkAdapterSeesEclipseLink() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.eclipselink..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.persistence..")
                .check(library);
    }

    @Test
    void onlyTheFlywayAdapterSeesFlyway() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.flyway..")
                .should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
                .check(library);
    }

    @Test
    void onlyTheFacesEmitterSeesFaces() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.faces..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.faces..")
                .check(library);
    }

    @Test
    void theRecordsDependOnNoOtherPartOfTheLibrary() {
        classes().that().resideInAnyPackage(RECORDS)
                .should().onlyDependOnClassesThat(not(resideInAPackage(LIBRARY + "..")).or(resideInAnyPackage(RECORDS)))
                .check(library);
    }

    @Test
    void onlyTheRequestSignalsCarryTheServletApiAmongTheRecords() {
        noClasses().that().resideInAnyPackage(RECORDS).and().resideOutsideOfPackage("org.cdisignals.request")
                .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..")
                .check(library);
    }

    @Test
    void emittersReachTheRuntimeOnlyThroughTheSpi() {
        noClasses().that().resideInAnyPackage(EMITTERS)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(library);
    }

    @Test
    void theAdminReachesTheRuntimeOnlyThroughTheSpi() {
        noClasses().that().resideInAPackage("org.cdisignals.admin..")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(library);
    }

    @Test
    void theCoreKnowsNothingOfTheAdmin() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.admin..")
                .should().dependOnClassesThat().resideInAPackage("org.cdisignals.admin..")
                .check(library);
    }

    @Test
    void theSettingsApiNeedsNoRuntimeInternals() {
        noClasses().that().resideInAPackage("org.cdisignals.settings")
                .should().dependOnClassesThat().resideInAnyPackage(INTERNAL, "org.cdisignals.spi")
                .check(library);
    }

    @Test
    void nothingButTestSupportDependsOnTestSupport() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.testing")
                .should().dependOnClassesThat().resideInAPackage("org.cdisignals.testing")
                .check(library);
    }

    @Test
    void onlyTestSupportSeesJUnit() {
        noClasses().that().resideOutsideOfPackage("org.cdisignals.testing")
                .should().dependOnClassesThat().resideInAPackage("org.junit..")
                .check(library);
    }

    @Test
    void noPublicSignatureOutsideTheInternalsExposesAnInternalType() {
        members().that().areDeclaredInClassesThat(publicOutsideInternals())
                .should(notExposeInternalTypes())
                .check(library);
    }

    @Test
    void noPublicTypeOutsideTheInternalsExtendsAnInternalType() {
        classes().that(publicOutsideInternals())
                .should(notInheritFromInternalTypes())
                .check(library);
    }

    private static SliceAssignment eachPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return javaClass.getPackageName().startsWith(LIBRARY)
                        ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of the library";
            }
        };
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> publicOutsideInternals() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("public classes outside the internal packages",
                type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(type));
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().equals("org.cdisignals.internal")
                || type.getPackageName().startsWith("org.cdisignals.internal.")
                || type.getPackageName().endsWith(".internal");
    }

    private static ArchCondition<JavaMember> notExposeInternalTypes() {
        return new ArchCondition<>("expose no internal type in a public or protected signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                        && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                    return;
                }
                List<JavaClass> exposed = new ArrayList<>();
                if (member instanceof JavaField field) {
                    exposed.add(field.getRawType());
                } else if (member instanceof JavaCodeUnit unit) {
                    exposed.add(unit.getRawReturnType());
                    exposed.addAll(unit.getRawParameterTypes());
                }
                exposed.stream().filter(ArchitectureTest::isInternal).forEach(type -> events.add(
                        SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + type.getName())));
            }
        };
    }

    private static ArchCondition<JavaClass> notInheritFromInternalTypes() {
        return new ArchCondition<>("neither extend nor implement an internal type") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaClass> supertypes = new ArrayList<>(type.getAllRawInterfaces());
                supertypes.addAll(type.getAllRawSuperclasses());
                supertypes.stream().filter(ArchitectureTest::isInternal).forEach(internal -> events.add(
                        SimpleConditionEvent.violated(type, type.getName() + " inherits from " + internal.getName())));
            }
        };
    }
}
