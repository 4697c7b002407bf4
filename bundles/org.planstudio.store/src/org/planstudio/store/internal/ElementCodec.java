package org.planstudio.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.PlanPackage;

/**
 * An element's own data as a small binary record: every feature that is set (by name, so that a
 * feature added to the model later does not shift older rows), attributes as their literal,
 * dates as milliseconds, references as the target's id, and contained objects that are not
 * identified elements (texts, translations, counting rules, attribute values) inline. Contained
 * identified elements are left out: they are rows of their own. Reflective, so a feature added
 * to the model is stored without changes here; transient and derived features are skipped, as
 * XMI skips them.
 */
final class ElementCodec {

    /** Turns a reference target into the id stored for it; throws if it cannot be stored by id. */
    interface Ids {
        String idOf(EObject owner, EObject target) throws NotStorable;
    }

    /** The element cannot be stored as rows (the caller falls back to storing the revision as XMI). */
    static final class NotStorable extends Exception {
        private static final long serialVersionUID = 1L;

        NotStorable(String message) {
            super(message, null, false, false);
        }
    }

    /** A reference read back, resolved once every element of the revision exists. */
    record Reference(EObject owner, EReference feature, List<String> ids) {
    }

    private static final byte NULL = 'N';
    private static final byte STRING = 'S';
    private static final byte DATE = 'D';
    private static final byte LITERAL = 'V';
    private static final byte LITERALS = 'L';
    private static final byte REFERENCE = 'r';
    private static final byte REFERENCES = 'R';
    private static final byte CONTAINED = 'c';
    private static final byte CONTAINED_MANY = 'C';

    private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

    private ElementCodec() {
    }

    /** True for a containment whose values are identified elements: rows of their own, not data. */
    static boolean holdsRows(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment()
                && PlanPackage.Literals.IDENTIFIED.isSuperTypeOf(reference.getEReferenceType());
    }

    /** The features an element's data holds, in the model's order. */
    static List<EStructuralFeature> features(EClass type) {
        return FEATURES.computeIfAbsent(type, t -> t.getEAllStructuralFeatures().stream()
                .filter(f -> !f.isTransient() && !f.isDerived() && !holdsRows(f)).toList());
    }

    static byte[] encode(EObject element, Ids ids) throws NotStorable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try {
            writeObject(new DataOutputStream(bytes), element, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory stream", e);
        }
        return bytes.toByteArray();
    }

    private static void writeObject(DataOutputStream out, EObject element, Ids ids) throws IOException, NotStorable {
        List<EStructuralFeature> features = features(element.eClass());
        int set = 0;
        for (EStructuralFeature feature : features) {
            if (element.eIsSet(feature)) {
                set++;
            }
        }
        out.writeShort(set);
        for (EStructuralFeature feature : features) {
            if (element.eIsSet(feature)) {
                writeString(out, feature.getName());
                writeFeature(out, element, feature, ids);
            }
        }
    }

    private static void writeFeature(DataOutputStream out, EObject element, EStructuralFeature feature, Ids ids)
            throws IOException, NotStorable {
        Object value = element.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            if (attribute.isMany()) {
                List<?> values = (List<?>) value;
                out.writeByte(LITERALS);
                out.writeInt(values.size());
                for (Object v : values) {
                    writeString(out, v == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), v));
                }
            } else {
                writeAttribute(out, attribute.getEAttributeType(), value);
            }
            return;
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            if (reference.isMany()) {
                List<?> values = (List<?>) value;
                out.writeByte(CONTAINED_MANY);
                out.writeInt(values.size());
                for (Object v : values) {
                    writeContained(out, (EObject) v, ids);
                }
            } else if (value == null) {
                out.writeByte(NULL);
            } else {
                out.writeByte(CONTAINED);
                writeContained(out, (EObject) value, ids);
            }
        } else if (reference.isMany()) {
            List<?> values = (List<?>) value;
            out.writeByte(REFERENCES);
            out.writeInt(values.size());
            for (Object v : values) {
                writeString(out, ids.idOf(element, (EObject) v));
            }
        } else if (value == null) {
            out.writeByte(NULL);
        } else {
            out.writeByte(REFERENCE);
            writeString(out, ids.idOf(element, (EObject) value));
        }
    }

    private static void writeContained(DataOutputStream out, EObject value, Ids ids) throws IOException, NotStorable {
        if (value instanceof Identified) {
            // Only where the model's type is not an identified one: such an element could not be
            // a row of its own with its parent's feature, and references to it could not be kept.
            throw new NotStorable("identified element inside data: " + PlanScope.describe(value));
        }
        writeString(out, value.eClass().getName());
        writeObject(out, value, ids);
    }

    private static void writeAttribute(DataOutputStream out, EDataType type, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (type == EcorePackage.Literals.EDATE && value.getClass() == Date.class) {
            out.writeByte(DATE);
            out.writeLong(((Date) value).getTime());
        } else {
            out.writeByte(LITERAL);
            writeString(out, EcoreUtil.convertToString(type, value));
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    /** Fills {@code element} from its data; references are added to {@code references}, unresolved. */
    static void decode(byte[] data, EObject element, List<Reference> references) throws IOException {
        readObject(new DataInputStream(new java.io.ByteArrayInputStream(data)), element, references);
    }

    @SuppressWarnings("unchecked")
    private static void readObject(DataInputStream in, EObject element, List<Reference> references)
            throws IOException {
        EClass type = element.eClass();
        int set = in.readUnsignedShort();
        for (int i = 0; i < set; i++) {
            String name = readString(in);
            EStructuralFeature feature = type.getEStructuralFeature(name);
            if (feature == null) {
                throw new IOException("the model has no feature " + type.getName() + "." + name);
            }
            byte tag = in.readByte();
            switch (tag) {
                case NULL -> element.eSet(feature, null);
                case STRING -> element.eSet(feature, readString(in));
                case DATE -> element.eSet(feature, new Date(in.readLong()));
                case LITERAL -> element.eSet(feature,
                        EcoreUtil.createFromString(((EAttribute) feature).getEAttributeType(), readString(in)));
                case LITERALS -> {
                    int count = in.readInt();
                    List<Object> values = new ArrayList<>(count);
                    EDataType dataType = ((EAttribute) feature).getEAttributeType();
                    for (int v = 0; v < count; v++) {
                        String literal = readString(in);
                        values.add(literal == null ? null : EcoreUtil.createFromString(dataType, literal));
                    }
                    ((InternalEList<Object>) element.eGet(feature)).addAllUnique(values);
                }
                case REFERENCE -> references.add(new Reference(element, (EReference) feature, List.of(readString(in))));
                case REFERENCES -> {
                    int count = in.readInt();
                    List<String> ids = new ArrayList<>(count);
                    for (int v = 0; v < count; v++) {
                        ids.add(readString(in));
                    }
                    references.add(new Reference(element, (EReference) feature, ids));
                }
                case CONTAINED -> element.eSet(feature, readContained(in, references));
                case CONTAINED_MANY -> {
                    int count = in.readInt();
                    List<EObject> values = new ArrayList<>(count);
                    for (int v = 0; v < count; v++) {
                        values.add(readContained(in, references));
                    }
                    ((InternalEList<EObject>) (EList<?>) element.eGet(feature)).addAllUnique(values);
                }
                default -> throw new IOException("unknown tag " + tag + " for " + type.getName() + "." + name);
            }
        }
    }

    private static EObject readContained(DataInputStream in, List<Reference> references) throws IOException {
        String className = readString(in);
        if (!(PlanPackage.eINSTANCE.getEClassifier(className) instanceof EClass type)) {
            throw new IOException("the model has no class " + className);
        }
        EObject value = EcoreUtil.create(type);
        readObject(in, value, references);
        return value;
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
