package org.planstudio.model.io;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
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
        resourceSet.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new PlanResourceFactory());
        return resourceSet;
    }

    public static Plan load(Path file) throws PlanFormatException {
        Objects.requireNonNull(file, "file");
        return load(newResourceSet(), URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /** Loads into the given resource set (an editing domain's, say); any URI the set can open. */
    public static Plan load(ResourceSet resourceSet, URI uri) throws PlanFormatException {
        Objects.requireNonNull(resourceSet, "resourceSet");
        Objects.requireNonNull(uri, "uri");
        resourceSet.getPackageRegistry().putIfAbsent(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        Resource resource = new PlanResource(uri);
        resourceSet.getResources().add(resource);
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            boolean exists = uri.isFile() && Files.exists(Path.of(uri.toFileString()));
            throw formatException(name(uri), e, exists);
        }
        return planOf(resource, name(uri));
    }

    /** Reads a plan from a stream (a database column, say); {@code name} is what errors call it. */
    public static Plan read(InputStream in, String name) throws PlanFormatException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Resource resource = new PlanResource(URI.createURI("stream:/" + URI.encodeSegment(name, false)));
        newResourceSet().getResources().add(resource);
        try {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
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
        return new EcoreUtil.EqualityHelper().equals(a, b);
    }

    private static Plan planOf(Resource resource, String name) throws PlanFormatException {
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

    // Java reports a missing file, a directory and a file without read permission all as
    // FileNotFoundException; only the first is "not found".
    private static PlanFormatException formatException(String name, Exception e, boolean exists) {
        Throwable cause = e;
        // EMF wraps the real problem once or twice (IOWrappedException, WrappedException).
        while (cause.getCause() != null && (cause instanceof Resource.IOWrappedException || cause instanceof WrappedException)) {
            cause = cause.getCause();
        }
        if (!exists && (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException)) {
            return new PlanFormatException(Problem.NOT_FOUND, name, 0, 0, cause.getMessage(), e);
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
