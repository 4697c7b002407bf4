package org.planstudio.model.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.PlanDates;

/**
 * The one check for plans from outside (import, {@code report --plan FILE}, the workbench's
 * Import): ids, references, required values, dates, years, decimals and text lengths against
 * {@link PlanLimits}. Walks the model reflectively, so a feature added to plan.ecore is checked
 * by its type without a change here. Never resolves a proxy: an external reference is a problem,
 * not a load.
 */
public final class PlanValidator {

    // Spaces separate ids in multi-valued references, # starts a fragment, a colon reads as a
    // prefix, a leading / reads as a path, and EMF writes id references without escaping " & <:
    // an id starts with a letter, digit or _ and holds none of these.
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[\\p{L}\\p{N}_][^\\s\\p{Cntrl}#:\"&<>]{0,254}");
    private static final Set<String> YEAR_FEATURES = Set.of("year", "startYear", "endYear", "targetYear", "baselineYear");

    private final List<PlanProblem> problems = new ArrayList<>();
    private final int limit;
    private final boolean storableOnly;

    private PlanValidator(int limit, boolean storableOnly) {
        this.limit = limit;
        this.storableOnly = storableOnly;
    }

    /**
     * Only what the store cannot hold: text longer than its column, ids over 255 characters,
     * decimals past their bounds. For saves of plans edited in the workbench, which may be
     * unfinished (a link without its target yet) but must never fail inside the database.
     */
    public static List<PlanProblem> storable(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        PlanValidator validator = new PlanValidator(PlanLimits.MAX_PROBLEMS, true);
        validator.run(plan);
        return List.copyOf(validator.problems);
    }

    /**
     * {@link #storable(Plan)} for some elements of the plan only, each with the objects it holds
     * that are not identified elements (texts, translations, values): what a save that writes
     * just these elements must check.
     */
    public static List<PlanProblem> storable(Plan plan, Collection<? extends EObject> elements) {
        Objects.requireNonNull(plan, "plan");
        PlanValidator validator = new PlanValidator(PlanLimits.MAX_PROBLEMS, true);
        Map<String, EObject> ids = new HashMap<>();
        for (EObject element : elements) {
            validator.check(plan, element, ids);
            for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext() && !validator.full();) {
                EObject content = contents.next();
                if (content instanceof Identified) {
                    contents.prune();
                } else {
                    validator.check(plan, content, ids);
                }
            }
        }
        return List.copyOf(validator.problems);
    }

    public static List<PlanProblem> validate(Plan plan) {
        return validate(plan, PlanLimits.MAX_PROBLEMS);
    }

    /** All problems in document order, at most {@code limit} of them. */
    public static List<PlanProblem> validate(Plan plan, int limit) {
        Objects.requireNonNull(plan, "plan");
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1: " + limit);
        }
        PlanValidator validator = new PlanValidator(limit, false);
        validator.run(plan);
        return List.copyOf(validator.problems);
    }

    /** 1 to 255 characters from a letter, digit or _ on, none a space, a control character or one of # : " &amp; &lt; &gt;. */
    public static boolean isWellFormedId(String id) {
        return WELL_FORMED_ID.matcher(Objects.requireNonNull(id, "id")).matches();
    }

    private boolean full() {
        return problems.size() >= limit;
    }

    private void run(Plan plan) {
        Map<String, EObject> ids = new HashMap<>();
        check(plan, plan, ids);
        for (TreeIterator<EObject> contents = plan.eAllContents(); contents.hasNext() && !full();) {
            EObject element = contents.next();
            if (element.eIsProxy() && !storableOnly) {
                add(plan, element, "", Rule.EXTERNAL_REFERENCE, PlanProblem.shown(proxyUri(element)));
                contents.prune();
                continue;
            }
            check(plan, element, ids);
        }
    }

    private void check(Plan plan, EObject element, Map<String, EObject> ids) {
        if (element instanceof Identified identified) {
            checkId(plan, identified, ids);
        }
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient()
                    || attribute == PlanPackage.Literals.IDENTIFIED__ID) {
                continue;
            }
            if (attribute.isMany()) {
                for (Object value : (List<?>) element.eGet(attribute)) {
                    checkValue(plan, element, attribute, value);
                }
            } else {
                checkValue(plan, element, attribute, element.eGet(attribute));
            }
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (storableOnly) {
                continue;
            }
            if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
                    && !reference.isTransient()) {
                checkReference(plan, element, reference);
            } else if (reference.isContainment() && reference.isRequired() && !element.eIsSet(reference)) {
                add(plan, element, reference.getName(), Rule.REQUIRED, "");
            }
        }
    }

    private void checkId(Plan plan, Identified element, Map<String, EObject> ids) {
        String id = element.getId();
        if (storableOnly) {
            if (id != null && id.length() > PlanLimits.MAX_ID_CHARS) {
                add(plan, element, "id", Rule.TEXT_TOO_LONG, id.length() + " > " + PlanLimits.MAX_ID_CHARS);
            }
            if (id != null && !id.isBlank() && id.length() <= PlanLimits.MAX_ID_CHARS && !isWellFormedId(id)) {
                add(plan, element, "id", Rule.MALFORMED_ID, PlanProblem.shown(id));
            }
            return;
        }
        if (id == null || id.isBlank()) {
            add(plan, element, "id", Rule.MISSING_ID, "");
        } else if (!isWellFormedId(id)) {
            add(plan, element, "id", Rule.MALFORMED_ID, PlanProblem.shown(id));
        } else if (ids.putIfAbsent(id, element) != null) {
            add(plan, element, "id", Rule.DUPLICATE_ID, id);
        }
    }

    private void checkValue(Plan plan, EObject element, EAttribute attribute, Object value) {
        String field = attribute.getName();
        if (value == null || value instanceof String s && s.isBlank()) {
            if (attribute.isRequired() && !storableOnly) {
                add(plan, element, field, Rule.REQUIRED, "");
            }
            return;
        }
        if (value instanceof String text) {
            int max = TextLimits.of(attribute);
            if (text.length() > max) {
                add(plan, element, field, Rule.TEXT_TOO_LONG, text.length() + " > " + max);
            }
            XmlChars.invalidAt(text).ifPresent(at -> add(plan, element, field, Rule.INVALID_CHARACTER,
                    String.format("U+%04X", (int) text.charAt(at)) + " @ " + (at + 1)));
        } else if (storableOnly) {
            if (value instanceof BigDecimal number) {
                checkDecimal(plan, element, field, number);
            }
        } else if (value instanceof Date date) {
            LocalDate day = PlanDates.toLocalDate(date).orElseThrow();
            if (day.isBefore(PlanLimits.FIRST_DAY) || day.isAfter(PlanLimits.LAST_DAY)) {
                add(plan, element, field, Rule.DATE_OUT_OF_RANGE, day.toString());
            }
        } else if (value instanceof BigDecimal number) {
            checkDecimal(plan, element, field, number);
        } else if (value instanceof Integer year && YEAR_FEATURES.contains(field) && year != 0
                && (year < PlanLimits.FIRST_DAY.getYear() || year > PlanLimits.LAST_DAY.getYear())) {
            add(plan, element, field, Rule.YEAR_OUT_OF_RANGE, year.toString());
        }
    }

    // precision() and scale() are cheap even for 1e999999999; only printing such a number is not.
    private void checkDecimal(Plan plan, EObject element, String field, BigDecimal number) {
        long integerDigits = (long) number.precision() - number.scale();
        if (integerDigits > PlanLimits.MAX_INTEGER_DIGITS) {
            add(plan, element, field, Rule.DECIMAL_TOO_LARGE, PlanProblem.shown(number.toString()));
        } else if (number.signum() != 0 && number.stripTrailingZeros().scale() > PlanLimits.MAX_FRACTION_DIGITS) {
            add(plan, element, field, Rule.DECIMAL_TOO_PRECISE, PlanProblem.shown(number.toString()));
        }
    }

    private void checkReference(Plan plan, EObject element, EReference reference) {
        String field = reference.getName();
        List<?> values = reference.isMany() ? (List<?>) element.eGet(reference, false)
                : element.eGet(reference, false) == null ? List.of() : List.of(element.eGet(reference, false));
        if (values.isEmpty() && reference.isRequired()) {
            add(plan, element, field, Rule.REQUIRED, "");
        }
        for (Object value : values) {
            EObject target = (EObject) value;
            if (target.eIsProxy()) {
                add(plan, element, field, Rule.EXTERNAL_REFERENCE, PlanProblem.shown(proxyUri(target)));
            } else if (!EcoreUtil.isAncestor(plan, target)) {
                add(plan, element, field, Rule.DANGLING_REFERENCE, target.eClass().getName()
                        + (target instanceof Identified i && i.getId() != null ? " " + PlanProblem.shown(i.getId()) : ""));
            }
        }
    }

    private static String proxyUri(EObject proxy) {
        return String.valueOf(((InternalEObject) proxy).eProxyURI());
    }

    private void add(Plan plan, EObject element, String field, Rule rule, String detail) {
        if (!full()) {
            String id = element instanceof Identified i && i.getId() != null ? PlanProblem.shown(i.getId()) : "";
            problems.add(new PlanProblem(path(plan, element), id, field, rule, detail, 0, 0));
        }
    }

    /** taskAreas[2]/tasks[1]: feature names and 1-based positions from the plan down. */
    static String path(EObject root, EObject element) {
        List<String> steps = new ArrayList<>();
        for (EObject current = element; current != null && current != root; current = current.eContainer()) {
            EStructuralFeature feature = current.eContainingFeature();
            if (feature == null) {
                break;
            }
            String step = feature.getName();
            if (feature.isMany()) {
                step += "[" + (((List<?>) current.eContainer().eGet(feature, false)).indexOf(current) + 1) + "]";
            }
            steps.add(0, step);
        }
        return String.join("/", steps);
    }

    /** The text limit of an attribute, by the store column it ends up in. */
    static final class TextLimits {

        private TextLimits() {
        }

        static int of(EAttribute attribute) {
            if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
                return PlanLimits.MAX_TEXT_CHARS;
            }
            if (attribute == PlanPackage.Literals.LOCALIZED_TEXT__ZH || attribute == PlanPackage.Literals.TRANSLATION__TEXT
                    || attribute == PlanPackage.Literals.ATTRIBUTE_VALUE__VALUE) {
                return PlanLimits.MAX_TEXT_CHARS;
            }
            if (attribute == PlanPackage.Literals.TRANSLATION__LANGUAGE) {
                return PlanLimits.MAX_LANGUAGE_CHARS;
            }
            if (attribute == PlanPackage.Literals.EXPERT__AFFILIATION) {
                return PlanLimits.MAX_MEDIUM_TEXT_CHARS;
            }
            return PlanLimits.MAX_SHORT_TEXT_CHARS;
        }
    }
}
