package org.planstudio.merge.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.text.PlanDates;

/** Values in a form that compares by meaning (1.0 equals 1.00), and as a person reads them. */
final class Values {

    private Values() {
    }

    static Object canonical(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof List<?> list) {
            List<Object> canonical = new ArrayList<>();
            list.forEach(v -> canonical.add(canonical(v)));
            return canonical;
        }
        return value;
    }

    static String display(EAttribute attribute, Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(display(attribute, v)));
            return String.join(", ", parts);
        }
        if (value instanceof Date date) {
            return PlanDates.format(date);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        EDataType type = attribute.getEAttributeType();
        return value == null ? "" : EcoreUtil.convertToString(type, value);
    }

    /**
     * A value object (a translation, a key/value pair) as one canonical string, so that two copies
     * compare equal exactly when every stored feature is equal.
     */
    static String signature(EObject object) {
        StringBuilder out = new StringBuilder(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : Model.features(object.eClass())) {
            if (!object.eIsSet(feature)) {
                continue;
            }
            out.append(feature.getName()).append('=');
            if (feature instanceof EAttribute) {
                out.append(quote(String.valueOf(canonical(object.eGet(feature)))));
            } else {
                EReference reference = (EReference) feature;
                for (EObject child : Model.objects(object, reference)) {
                    out.append(reference.isContainment() ? signature(child) : "@" + EcoreUtil.getID(child));
                }
            }
            out.append(';');
        }
        return out.append('}').toString();
    }

    /** A value object as text: its attributes except the key, joined. */
    static String displayObject(EObject object) {
        List<String> parts = new ArrayList<>();
        EAttribute key = Model.keyOf(object.eClass()).orElse(null);
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute != key && object.eIsSet(attribute) && !"sourceDigest".equals(attribute.getName())) {
                parts.add(display(attribute, object.eGet(attribute)));
            }
        }
        return String.join(" / ", parts);
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace("}", "\\}");
    }
}
