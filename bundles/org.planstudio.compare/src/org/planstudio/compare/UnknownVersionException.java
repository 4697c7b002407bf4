package org.planstudio.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.planstudio.compare.internal.CompareTexts;

/** A version was named by something that is neither a revision number nor one of the plan's baselines. */
public final class UnknownVersionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String planId;
    private final String spec;
    private final List<String> baselines;

    public UnknownVersionException(String planId, String spec, List<String> baselines) {
        super(null, null);
        this.planId = Objects.requireNonNull(planId, "planId");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.baselines = List.copyOf(baselines);
    }

    public String spec() {
        return spec;
    }

    /** The plan's baseline names, which the message offers. */
    public List<String> baselines() {
        return baselines;
    }

    public String message(Locale locale) {
        CompareTexts texts = CompareTexts.of(locale);
        String known = baselines.isEmpty() ? texts.get("version.noBaselines") : String.join(", ", baselines);
        return texts.get("version.unknown", spec, planId, known);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
