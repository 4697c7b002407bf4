package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.planstudio.store.PlanPermissions.Scope;

/**
 * The signed-in user's team role as the row-level security policies see it (TEAM_MEMBER for
 * {@code session_user}). Embedded Derby is single-user: everything. On PostgreSQL the tables' owner
 * is not subject to the policies (everything); a user without a TEAM_MEMBER row gets no policy
 * that admits a write (nothing).
 */
record Membership(Scope scope, Optional<String> division) {

    static Membership of(Connection connection) throws SQLException {
        if (Dialect.of(connection) != Dialect.POSTGRESQL) {
            return new Membership(Scope.EVERYTHING, Optional.empty());
        }
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT M.TEAM_ROLE, M.DIVISION_ID, pg_get_userbyid(C.relowner) = session_user"
                        + " FROM (SELECT 1) ONE LEFT JOIN TEAM_MEMBER M ON M.USER_NAME = session_user"
                        + " LEFT JOIN pg_class C ON C.oid = to_regclass('plan_element')")) {
            rows.next();
            String role = rows.getString(1);
            if (rows.getBoolean(3)) {
                return new Membership(Scope.EVERYTHING, Optional.empty());
            }
            if ("PLAN_EDITOR".equals(role) || "ADMIN".equals(role)) {
                return new Membership(Scope.EVERYTHING, Optional.empty());
            }
            if ("DIVISION_EDITOR".equals(role) && rows.getString(2) != null) {
                return new Membership(Scope.DIVISION, Optional.of(rows.getString(2)));
            }
            return new Membership(Scope.NOTHING, Optional.empty());
        }
    }
}
