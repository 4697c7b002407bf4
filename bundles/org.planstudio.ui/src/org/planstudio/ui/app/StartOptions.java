package org.planstudio.ui.app;

import java.util.Arrays;
import java.util.List;

/** Program arguments the workbench understands besides Equinox's own. */
public record StartOptions(boolean smokeTest) {

    static final String SMOKE_TEST = "--smoke-test";

    static StartOptions parse(String[] args) {
        List<String> list = args == null ? List.of() : Arrays.asList(args);
        return new StartOptions(list.contains(SMOKE_TEST) || Boolean.getBoolean("planstudio.smokeTest"));
    }
}
