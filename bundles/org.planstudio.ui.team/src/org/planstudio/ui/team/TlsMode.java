package org.planstudio.ui.team;

import java.util.Arrays;
import java.util.Optional;

/** The driver's sslmode values a profile offers, weakest first. */
public enum TlsMode {
    DISABLE("disable"),
    REQUIRE("require"),
    VERIFY_CA("verify-ca"),
    VERIFY_FULL("verify-full");

    private final String sslmode;

    TlsMode(String sslmode) {
        this.sslmode = sslmode;
    }

    public String sslmode() {
        return sslmode;
    }

    public static Optional<TlsMode> of(String sslmode) {
        return Arrays.stream(values()).filter(m -> m.sslmode.equals(sslmode)).findFirst();
    }
}
