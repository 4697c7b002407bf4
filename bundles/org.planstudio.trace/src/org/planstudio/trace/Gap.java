package org.planstudio.trace;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.ElementLabels;
import org.planstudio.model.text.Texts;
import org.planstudio.trace.internal.Messages;

/**
 * A finding of the {@link GapAnalysis} about one element (for link findings, the link). The
 * message is built when asked for, in the language asked for, naming elements as
 * {@link ElementLabels} does.
 *
 * @param progress the indicator's progress behind a {@link GapKind#TARGET_UNREACHABLE} finding, empty otherwise
 */
public record Gap(GapKind kind, Identified element, Severity severity, Optional<IndicatorProgress> progress) {

    public Gap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(progress, "progress");
        if (kind == GapKind.TARGET_UNREACHABLE && progress.isEmpty()) {
            throw new IllegalArgumentException("a target finding needs the progress behind it");
        }
    }

    /** A finding at its kind's default severity. */
    public Gap(GapKind kind, Identified element) {
        this(kind, element, kind.severity(), Optional.empty());
    }

    /** In the default locale's language. */
    public String message() {
        return message(Locale.getDefault());
    }

    /** In the locale's language if Plan Studio speaks it, else English; element names in the same language. */
    public String message(Locale requested) {
        Locale locale = Messages.language(Objects.requireNonNull(requested, "requested"));
        String key = "gap." + kind.name();
        if (element instanceof TraceLink link) {
            return Messages.format(locale, key, end(link.getSource(), locale), end(link.getTarget(), locale),
                    link.getKind() == null ? "" : Messages.get(locale, "link." + link.getKind().name()));
        }
        if (kind == GapKind.TARGET_UNREACHABLE) {
            IndicatorProgress p = progress.orElseThrow();
            return Messages.format(locale, key + (p.targetYearOver() ? ".missed" : ""), label(element, locale),
                    number(p.projectedAtTargetYear().orElse(BigDecimal.ZERO)),
                    p.target().map(Gap::number).orElse(""), Integer.toString(p.targetYear()),
                    element instanceof Indicator indicator ? Texts.label(indicator.getUnit(), locale) : "");
        }
        return Messages.format(locale, key, label(element, locale));
    }

    private static String end(Identified end, Locale locale) {
        return end == null ? Messages.get(locale, "missing") : label(end, locale);
    }

    private static String label(Identified element, Locale locale) {
        return ElementLabels.text(element, locale);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
