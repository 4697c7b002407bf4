package org.planstudio.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/*
 * Regenerates the model and edit code from plan.genmodel without an Eclipse IDE.
 *
 * The generator writes into a staging copy of the two projects, never into the bundles: it would
 * otherwise (re)write MANIFEST.MF, plugin.xml and build.properties, which we maintain by hand. Only
 * the generated parts are then copied over: both src-gen folders, the edit bundle's icons and its
 * label properties.
 */
public final class GenerateModel {

    private static final String MODEL = "org.planstudio.model";
    private static final String EDIT = "org.planstudio.model.edit";
    private static final String L10N = "OSGI-INF/l10n/bundle";

    private final Path bundles;
    private final Path staging;
    private final Path englishLabels;

    private GenerateModel(Path root) {
        this.bundles = root.resolve("bundles");
        this.staging = root.resolve("releng/org.planstudio.codegen/target/staging");
        this.englishLabels = root.resolve("releng/org.planstudio.codegen/english-labels.properties");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("bundles/" + MODEL + "/model/plan.genmodel"))) {
            System.err.println("usage: GenerateModel <repository root>; no bundles/" + MODEL + "/model/plan.genmodel under " + root);
            System.exit(2);
        }
        new GenerateModel(root).run();
    }

    private void run() throws IOException {
        Map<Path, String> handFilesBefore = handFiles();
        stage();
        generate();
        publish();
        Map<Path, String> handFilesAfter = handFiles();
        if (!handFilesBefore.equals(handFilesAfter)) {
            TreeSet<Path> changed = new TreeSet<>(handFilesBefore.keySet());
            changed.addAll(handFilesAfter.keySet());
            changed.removeIf(file -> Objects.equals(handFilesBefore.get(file), handFilesAfter.get(file)));
            throw new IllegalStateException("hand-maintained files changed during generation: " + changed);
        }
        reportMissingTranslations();
    }

    // The generator reads Bundle-Localization and the bundle name keys from the project's manifest
    // and properties, so the staging projects get our manifests and our name/vendor entries.
    private void stage() throws IOException {
        deleteTree(staging);
        for (String project : List.of(MODEL, EDIT)) {
            Path from = bundles.resolve(project);
            Path to = staging.resolve(project);
            Files.createDirectories(to.resolve("META-INF"));
            Path manifest = from.resolve("META-INF/MANIFEST.MF");
            if (Files.exists(manifest)) {
                Files.copy(manifest, to.resolve("META-INF/MANIFEST.MF"));
            }
            Properties names = load(from.resolve(L10N + ".properties"));
            StringBuilder seed = new StringBuilder();
            for (String key : List.of("pluginName", "providerName")) {
                if (names.getProperty(key) != null) {
                    seed.append(key).append(" = ").append(escape(names.getProperty(key))).append('\n');
                }
            }
            Files.createDirectories(to.resolve(L10N).getParent());
            Files.writeString(to.resolve(L10N + ".properties"), seed, StandardCharsets.ISO_8859_1);
        }
    }

    private void generate() {
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        for (String project : List.of(MODEL, EDIT)) {
            EcorePlugin.getPlatformResourceMap().put(project,
                    URI.createFileURI(staging.resolve(project).toString() + "/"));
        }

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Path genModelPath = bundles.resolve(MODEL + "/model/plan.genmodel");
        Resource resource = resourceSet.getResource(URI.createFileURI(genModelPath.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);

        // Reconcile brings the genmodel up to date with plan.ecore (new classes and features) in memory.
        genModel.reconcile();
        failOnError("genmodel", genModel.diagnose());
        genModel.setCanGenerate(true);

        Generator generator = new Generator() {
            {
                // src-gen is generated from scratch, so there is nothing to merge into: declaring JDT's
                // merge helper unavailable up front keeps JDT off the class path (without a logged
                // ClassNotFoundException), and the output is EMF's templates verbatim.
                badFacadeHelperClasses.add(genModel.getFacadeHelperClass());
            }
        };
        generator.setInput(genModel);
        BasicMonitor monitor = new BasicMonitor();
        failOnError("model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
        failOnError("edit code", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
    }

    private void publish() throws IOException {
        replaceTree(staging.resolve(MODEL + "/src-gen"), bundles.resolve(MODEL + "/src-gen"));
        replaceTree(staging.resolve(EDIT + "/src-gen"), bundles.resolve(EDIT + "/src-gen"));
        replaceTree(staging.resolve(EDIT + "/icons"), bundles.resolve(EDIT + "/icons"));
        Path labels = bundles.resolve(EDIT + "/" + L10N + ".properties");
        Files.createDirectories(labels.getParent());
        List<String> generated = Files.readAllLines(staging.resolve(EDIT + "/" + L10N + ".properties"), StandardCharsets.ISO_8859_1);
        Files.write(labels, withEnglishLabels(generated), StandardCharsets.ISO_8859_1);
        System.out.println("generated " + count(bundles.resolve(MODEL + "/src-gen")) + " model files, "
                + count(bundles.resolve(EDIT + "/src-gen")) + " edit files, "
                + count(bundles.resolve(EDIT + "/icons")) + " icons");
    }

    // EMF's English labels come from the names ("Zh", "DRAFT_FOR_COMMENT"); readable ones replace them line by line.
    private List<String> withEnglishLabels(List<String> generated) throws IOException {
        Properties overrides = load(englishLabels);
        TreeSet<String> unused = new TreeSet<>(overrides.stringPropertyNames());
        List<String> result = new ArrayList<>();
        for (String line : generated) {
            int equals = line.indexOf('=');
            String key = equals < 0 || line.startsWith("#") ? null : line.substring(0, equals).trim();
            if (key != null && overrides.getProperty(key) != null) {
                result.add(key + " = " + escape(overrides.getProperty(key)));
                unused.remove(key);
            } else {
                result.add(line);
            }
        }
        if (!unused.isEmpty()) {
            System.out.println("WARNING " + englishLabels.getFileName() + " names keys that are no longer generated: " + unused);
        }
        return result;
    }

    // The Chinese labels are written by hand; a new class, feature or literal needs a new entry there.
    private void reportMissingTranslations() throws IOException {
        Path edit = bundles.resolve(EDIT);
        TreeSet<String> missing = new TreeSet<>(load(edit.resolve(L10N + ".properties")).stringPropertyNames());
        missing.removeAll(load(edit.resolve(L10N + "_zh.properties")).stringPropertyNames());
        if (!missing.isEmpty()) {
            System.out.println("WARNING " + L10N + "_zh.properties of " + EDIT + " lacks " + missing.size() + " keys: " + missing);
        }
    }

    // Everything under the two bundles except what publish() replaces.
    private Map<Path, String> handFiles() throws IOException {
        Map<Path, String> digests = new TreeMap<>();
        List<Path> generated = List.of(bundles.resolve(MODEL + "/src-gen"), bundles.resolve(EDIT + "/src-gen"),
                bundles.resolve(EDIT + "/icons"), bundles.resolve(EDIT + "/" + L10N + ".properties"));
        for (String project : List.of(MODEL, EDIT)) {
            Path dir = bundles.resolve(project);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (generated.stream().noneMatch(file::startsWith) && !isBuildOutput(dir.relativize(file))) {
                        digests.put(file, sha256(file));
                    }
                }
            }
        }
        return digests;
    }

    // A build may run beside the generator (target/, bin/, Tycho's .polyglot.* files): not ours to check.
    private static boolean isBuildOutput(Path relative) {
        for (Path segment : relative) {
            String name = segment.toString();
            if (name.equals("target") || name.equals("bin") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException(what + ": " + diagnostic);
        }
        if (diagnostic.getSeverity() == Diagnostic.WARNING) {
            System.out.println("WARNING " + what + ": " + diagnostic);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    // OSGi reads properties files as ISO-8859-1, so every non-ASCII character becomes a unicode escape.
    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            escaped.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return escaped.toString();
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        deleteTree(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            Collections.reverse(all);
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
