package org.planstudio.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in the shared database. Each is a PostgreSQL group role
 * ({@code <prefix>_<suffix>}, e.g. {@code planstudio_viewer}) holding the GRANTs; a user is a login
 * role that is a member of one of them, so any SQL client the user connects with is held to the same rules.
 */
public enum TeamRole {
    /** Adds users and grants roles, and edits everything. */
    ADMIN("admin"),
    /** Edits everything in every plan (the drafting office). */
    PLAN_EDITOR("plan_editor"),
    /**
     * A division's editor (TEAM_MEMBER.DIVISION_ID names the organisation): changes the key tasks
     * the division leads or supports (not their units or place), those tasks' progress updates,
     * comments, the registry items implementing those tasks and the IMPLEMENTS links to them;
     * PostgreSQL's row-level security policies (data format 6) refuse every other row.
     */
    DIVISION_EDITOR("division_editor"),
    /** Reads everything, changes nothing (leadership). */
    VIEWER("viewer");

    private final String suffix;

    TeamRole(String suffix) {
        this.suffix = suffix;
    }

    /** The database role of this team role under {@code prefix}. */
    public String roleName(String prefix) {
        return prefix + "_" + suffix;
    }

    /** As written on the command line: {@code plan-editor}, {@code division-editor}, {@code viewer}, {@code admin}. */
    public String label() {
        return suffix.replace('_', '-');
    }

    public static Optional<TeamRole> fromLabel(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.label().equals(wanted)).findFirst();
    }
}
