package org.notebake.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of docs/architecture.md, checked on the production classes:
 *
 * <pre>
 * cli, serve → site, site.output, incremental → render, privacy.gate, jbake, feature packages
 *   → config → links, publish, html, gallery, markdown, privacy, vault → diagnostics, text
 * </pre>
 *
 * A package may use its own layer and the layers below it, never one above.
 */
class LayeringTest {
  private static final String ROOT = "org.notebake";
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  /**
   * Every package is a slice, except that the Obsidian extensions are one: like commonmark-java's
   * extensions they share node types and a resolver with their aggregate ({@code
   * ObsidianExtensions}, {@code PlainText}), and they are checked as a unit below.
   */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (!name.startsWith(ROOT + ".")) {
            return SliceIdentifier.ignore();
          }
          String obsidian = ROOT + ".markdown.obsidian";
          return SliceIdentifier.of(name.startsWith(obsidian) ? obsidian : name);
        }

        @Override
        public String getDescription() {
          return "notebake's packages, the Obsidian extensions as one";
        }
      };

  @Test
  void noPackageCycles() {
    slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheJbakeAdapterTouchesJbake() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".jbake..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jbake..")
        .check(classes);
  }

  @Test
  void obsidianExtensionsUseNothingElseOfNotebake() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".markdown.obsidian..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..")
                .and(resideOutsideOfPackage(ROOT + ".markdown.obsidian..")))
        .check(classes);
  }

  @Test
  void layersOnlyUseLayersBelowThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Commands")
        .definedBy(ROOT + ".cli..", ROOT + ".serve..")
        .layer("Build")
        .definedBy(ROOT + ".site..", ROOT + ".incremental..")
        .layer("Stages")
        .definedBy(
            ROOT + ".render..",
            ROOT + ".privacy.gate..",
            ROOT + ".jbake..",
            ROOT + ".album..",
            ROOT + ".cards..",
            ROOT + ".gallery.variants..")
        .layer("Config")
        .definedBy(ROOT + ".config..")
        .layer("Model")
        .definedBy(
            ROOT + ".links..",
            ROOT + ".publish..",
            ROOT + ".html..",
            ROOT + ".gallery",
            ROOT + ".markdown..",
            ROOT + ".privacy",
            ROOT + ".privacy.files",
            ROOT + ".vault..")
        .layer("Base")
        .definedBy(ROOT + ".diagnostics..", ROOT + ".text..")
        .whereLayer("Commands")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Build")
        .mayOnlyBeAccessedByLayers("Commands")
        .whereLayer("Stages")
        .mayOnlyBeAccessedByLayers("Commands", "Build")
        .whereLayer("Config")
        .mayOnlyBeAccessedByLayers("Commands", "Build", "Stages")
        .whereLayer("Model")
        .mayOnlyBeAccessedByLayers("Commands", "Build", "Stages", "Config")
        .check(classes);
  }
}
