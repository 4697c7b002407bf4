package org.planstudio.consultation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;

/** Proposing units (提出单位): an organisation of the plan where the name matches, else the name as written. */
public final class Units {

    private Units() {
    }

    /** The unit as people call it: the organisation's short name or Chinese name, else the text written. */
    public static String name(Comment comment) {
        Objects.requireNonNull(comment, "comment");
        Organization author = comment.getAuthor();
        if (author != null) {
            return name(author);
        }
        return comment.getAuthorName() == null ? "" : comment.getAuthorName().strip();
    }

    public static String name(Organization organization) {
        if (organization.getShortName() != null && !organization.getShortName().isBlank()) {
            return organization.getShortName().strip();
        }
        return Texts.zh(organization.getName()).or(() -> Texts.en(organization.getName())).orElse(organization.getId())
                .strip();
    }

    /** The plan's organisation named so (short name, Chinese or English name, ignoring spaces and case). */
    public static Optional<Organization> find(Plan plan, String written) {
        Objects.requireNonNull(plan, "plan");
        String wanted = normal(Objects.requireNonNull(written, "written"));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return plan.getOrganizations().stream()
                .filter(o -> wanted.equals(normal(o.getShortName()))
                        || wanted.equals(normal(Texts.zh(o.getName()).orElse(null)))
                        || wanted.equals(normal(Texts.en(o.getName()).orElse(null))))
                .findFirst();
    }

    private static String normal(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
