package org.planstudio.team;

import java.util.List;
import java.util.Optional;

/**
 * What {@code planstudio server status} shows: the server, the store's data format (empty before
 * {@code server init}), how many plans, and who may do what.
 */
public record ServerStatus(String serverVersion, String schema, Optional<Integer> dataFormat, int plans,
        List<Member> members) {

    public ServerStatus {
        members = List.copyOf(members);
    }

    /** A user and their role; {@code division} is the organisation id a division editor works for. */
    public record Member(String user, TeamRole role, Optional<String> division) {
    }
}
