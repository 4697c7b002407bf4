package org.planstudio.ui.compare.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.merge.Conflict;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.provider.PlanEditPlugin;

/** A conflict as the dialog shows it: element type and label, the field in the user's words, the values. */
public final class ConflictTexts {

    private ConflictTexts() {
    }

    public static String element(Conflict conflict) {
        return type(conflict.elementClass()) + " " + conflict.elementLabel();
    }

    /** {@code title.translations[en]} becomes "标题（English）", {@code title.zh} "标题（中文）". */
    public static String field(Conflict conflict) {
        switch (conflict.kind()) {
        case DELETED_BY_MINE, DELETED_BY_THEIRS:
            return Messages.element;
        case MOVED_BOTH:
            return Messages.place;
        default:
            break;
        }
        String[] parts = conflict.featurePath().split("\\.");
        EClassifier classifier = PlanPackage.eINSTANCE.getEClassifier(conflict.elementClass());
        String label = parts[0];
        EStructuralFeature feature = null;
        if (classifier instanceof EClass eClass) {
            feature = eClass.getEStructuralFeature(parts[0]);
            if (feature != null) {
                label = lookup("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
                        parts[0]);
            }
        }
        if (conflict.kind() == Conflict.Kind.REORDERED_BOTH) {
            return label + " \u00b7 " + Messages.order;
        }
        if (parts.length > 1) {
            String last = parts[parts.length - 1];
            String language = last.startsWith("translations[") ? last.substring(13, last.length() - 1)
                    : last.equals("zh") ? "zh" : null;
            label += " (" + (language != null ? Locale.forLanguageTag(language).getDisplayLanguage() : last) + ")";
        }
        return label;
    }

    public static String value(Conflict conflict, Optional<String> value, boolean mineSide) {
        if (value.isPresent()) {
            return value.get();
        }
        boolean deleted = mineSide ? conflict.kind() == Conflict.Kind.DELETED_BY_MINE
                : conflict.kind() == Conflict.Kind.DELETED_BY_THEIRS;
        return deleted ? Messages.deleted : Messages.absent;
    }

    private static String type(String eClassName) {
        return lookup("_UI_" + eClassName + "_type", eClassName);
    }

    private static String lookup(String key, String fallback) {
        try {
            return PlanEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
