package org.planstudio.model.io;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.planstudio.model.check.PlanLimits;
import org.planstudio.model.check.PlanProblem;
import org.planstudio.model.check.PlanValidator;
import org.planstudio.model.check.Rule;
import org.planstudio.model.io.PlanFormatException.Problem;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes .plan files, inside OSGi and outside it (JUnit, the command line), always
 * through {@link PlanResource} so that every caller gets the same bytes for the same plan.
 */
public final class PlanResources {

    public static final String FILE_EXTENSION = "plan";

    private PlanResources() {
    }

    /**
     * A resource set that knows the plan package and the .plan format. Registered locally rather
     * than relying on plugin.xml, so it works the same with and without an OSGi framework.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        ConfinedUris.confine(resourceSet, null);
        resourceSet.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new PlanResourceFactory());
        return resourceSet;
    }

    /** Reads the file with the hardened reader; the plan is not validated (see {@link #loadChecked}). */
    public static Plan load(Path file) throws PlanFormatException {
        Objects.requireNonNull(file, "file");
        return load(newResourceSet(), URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /**
     * Reads a plan from outside (an import, {@code report --plan FILE}): the hardened reader, then
     * {@link PlanValidator}; every problem found (up to its limit) is in the exception.
     */
    public static Plan loadChecked(Path file) throws PlanFormatException {
        Plan plan = load(file);
        List<PlanProblem> problems = PlanValidator.validate(plan);
        if (!problems.isEmpty()) {
            throw new PlanFormatException(file.toAbsolutePath().toString(), problems);
        }
        return plan;
    }

    /** Loads into the given resource set (an editing domain's, say); any URI the set can open. */
    public static Plan load(ResourceSet resourceSet, URI uri) throws PlanFormatException {
        Objects.requireNonNull(resourceSet, "resourceSet");
        Objects.requireNonNull(uri, "uri");
        resourceSet.getPackageRegistry().putIfAbsent(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        ConfinedUris.confine(resourceSet, uri);
        if (uri.isFile()) {
            checkSize(Path.of(uri.toFileString()), name(uri));
        }
        Resource resource = new PlanResource(uri);
        resourceSet.getResources().add(resource);
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            resourceSet.getResources().remove(resource);
            boolean exists = uri.isFile() && Files.exists(Path.of(uri.toFileString()));
            throw formatException(name(uri), e, exists);
        }
        try {
            return planOf(resource, name(uri));
        } catch (PlanFormatException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        }
    }

    /** Reads a plan from a stream (a database column, say); {@code name} is what errors call it. */
    public static Plan read(InputStream in, String name) throws PlanFormatException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Resource resource = new PlanResource(URI.createURI("stream:/" + URI.encodeSegment(name, false)));
        newResourceSet().getResources().add(resource);
        try {
            resource.load(in, null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw formatException(name, e, true);
        }
        return planOf(resource, name);
    }

    /**
     * Writes the plan to the file, leaving the plan where it is: a plan that lives in another
     * resource is saved from a copy.
     */
    public static void save(Plan plan, Path file) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(file, "file");
        byte[] bytes = toBytes(plan);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }

    public static void write(Plan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(plan));
    }

    public static byte[] toBytes(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Resource resource = new PlanResourceFactory().createResource(URI.createURI("memory:/plan." + FILE_EXTENSION));
        resource.getContents().add(EcoreUtil.copy(plan));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, null);
        } catch (IOException e) {
            // Only a dangling reference (to an element outside the plan) fails in memory.
            throw new IllegalStateException("plan " + plan.getId() + " cannot be serialised: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** A deep copy; references inside the plan point into the copy. */
    public static Plan copy(Plan plan) {
        return EcoreUtil.copy(Objects.requireNonNull(plan, "plan"));
    }

    /** Structural equality: same attributes, same contents, references to corresponding elements. */
    public static boolean equal(Plan a, Plan b) {
        return new ContentEquality().equals(a, b);
    }

    /** EMF compares attribute values with equals, which for a file's bytes (EByteArray) is identity. */
    private static final class ContentEquality extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualAttribute(EObject a, EObject b, EAttribute attribute) {
            if (a.eGet(attribute) instanceof byte[] x && b.eGet(attribute) instanceof byte[] y) {
                return java.util.Arrays.equals(x, y);
            }
            return super.haveEqualAttribute(a, b, attribute);
        }
    }

    private static void checkSize(Path file, String name) throws PlanFormatException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > PlanLimits.MAX_FILE_BYTES) {
                throw new PlanFormatException(Problem.LIMIT_EXCEEDED, name, 0, 0,
                        Files.size(file) + " bytes > " + PlanLimits.MAX_FILE_BYTES, null);
            }
        } catch (IOException e) {
            // The load that follows reports the file as unreadable.
        }
    }

    private static Plan planOf(Resource resource, String name) throws PlanFormatException {
        if (!resource.getErrors().isEmpty()) {
            throw valueErrors(resource, name);
        }
        if (resource.getContents().isEmpty()) {
            throw new PlanFormatException(Problem.NOT_A_PLAN, name, 0, 0, "no root element", null);
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Plan plan) || resource.getContents().size() > 1) {
            throw new PlanFormatException(Problem.NOT_A_PLAN, name, 0, 0,
                    "root element is " + root.eClass().getName() + (resource.getContents().size() > 1 ? " and others" : ""),
                    null);
        }
        return plan;
    }

    // SafeXmiLoad leaves the errors in the resource: an unknown element or class means another
    // kind of document; anything else is a value or reference problem, reported one by one.
    private static PlanFormatException valueErrors(Resource resource, String name) {
        Resource.Diagnostic first = resource.getErrors().get(0);
        if (first instanceof XMIException xmi && notAPlan(xmi)) {
            return new PlanFormatException(Problem.NOT_A_PLAN, name, xmi.getLine(), xmi.getColumn(), withoutLocation(xmi), xmi);
        }
        if (first instanceof org.eclipse.emf.ecore.xmi.FeatureNotFoundException xmi) {
            return new PlanFormatException(Problem.INVALID_CONTENT, name, xmi.getLine(), xmi.getColumn(),
                    withoutLocation(xmi), xmi);
        }
        List<PlanProblem> problems = new ArrayList<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (problems.size() >= PlanLimits.MAX_PROBLEMS) {
                break;
            }
            String detail = error instanceof XMIException xmi ? withoutLocation(xmi) : String.valueOf(error.getMessage());
            Rule rule = error instanceof UnresolvedReferenceException ? Rule.UNRESOLVED_REFERENCE : Rule.UNREADABLE_VALUE;
            if (error instanceof UnresolvedReferenceException unresolved) {
                detail = String.valueOf(unresolved.getReference());
            }
            problems.add(new PlanProblem("", "", feature(error), rule, PlanProblem.shown(detail), error.getLine(),
                    error.getColumn()));
        }
        // What was read is checked as well, so that one report names everything (a duplicate id
        // beside the references it broke).
        if (problems.size() < PlanLimits.MAX_PROBLEMS && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof Plan plan) {
            problems.addAll(PlanValidator.validate(plan, PlanLimits.MAX_PROBLEMS - problems.size()));
        }
        return new PlanFormatException(name, problems);
    }

    private static String feature(Resource.Diagnostic error) {
        if (error instanceof UnresolvedReferenceException unresolved && unresolved.getFeature() != null) {
            return unresolved.getFeature().getName();
        }
        if (error instanceof IllegalValueException illegal && illegal.getFeature() != null) {
            return illegal.getFeature().getName();
        }
        return "";
    }

    // Java reports a missing file, a directory and a file without read permission all as
    // FileNotFoundException; only the first is "not found".
    private static PlanFormatException formatException(String name, Throwable e, boolean exists) {
        Throwable cause = e;
        // EMF wraps the real problem once or twice (IOWrappedException, WrappedException).
        while (cause.getCause() != null && (cause instanceof Resource.IOWrappedException || cause instanceof WrappedException)) {
            cause = cause.getCause();
        }
        if (!exists && (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException)) {
            return new PlanFormatException(Problem.NOT_FOUND, name, 0, 0, cause.getMessage(), e);
        }
        if (cause instanceof SafeHandler.LimitException limit) {
            return new PlanFormatException(Problem.LIMIT_EXCEEDED, name, limit.getLineNumber(), limit.getColumnNumber(),
                    limit.getMessage(), e);
        }
        if (cause instanceof StackOverflowError) {
            return new PlanFormatException(Problem.LIMIT_EXCEEDED, name, 0, 0, "nesting too deep", null);
        }
        if (cause instanceof SAXParseException sax && sax.getMessage() != null && sax.getMessage().startsWith("JAXP0001")) {
            // The JDK's own jdk.xml limits (SafeSax sets them).
            return new PlanFormatException(Problem.LIMIT_EXCEEDED, name, sax.getLineNumber(), sax.getColumnNumber(),
                    sax.getMessage(), e);
        }
        if (cause instanceof SAXParseException sax) {
            return new PlanFormatException(Problem.MALFORMED_XML, name, sax.getLineNumber(), sax.getColumnNumber(),
                    sax.getMessage(), e);
        }
        if (cause instanceof XMIException xmi) {
            String detail = withoutLocation(xmi);
            return new PlanFormatException(notAPlan(xmi) ? Problem.NOT_A_PLAN : Problem.INVALID_CONTENT, name,
                    xmi.getLine(), xmi.getColumn(), detail, e);
        }
        if (cause instanceof IOException) {
            return new PlanFormatException(Problem.UNREADABLE, name, 0, 0, cause.toString(), e);
        }
        return new PlanFormatException(Problem.INVALID_CONTENT, name, 0, 0, cause.toString(), e);
    }

    // XMIException appends "(location, line, column)" to its message; the exception says that already.
    private static String withoutLocation(XMIException e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().toString();
        }
        String location = " (" + e.getLocation() + ", " + e.getLine() + ", " + e.getColumn() + ")";
        return message.endsWith(location) ? message.substring(0, message.length() - location.length()) : message;
    }

    // An unknown namespace or root class means some other kind of XML document, not a broken plan.
    private static boolean notAPlan(XMIException e) {
        return e instanceof PackageNotFoundException || e instanceof org.eclipse.emf.ecore.xmi.ClassNotFoundException;
    }

    private static String name(URI uri) {
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }
}
