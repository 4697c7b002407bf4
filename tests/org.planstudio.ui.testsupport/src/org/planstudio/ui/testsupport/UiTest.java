package org.planstudio.ui.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every workbench test class carries this. A stray modal dialog is closed by the
 * {@link StrayDialogWatchdog} after {@link StrayDialogWatchdog#DEFAULT_LIMIT} and fails the test;
 * the time limit fails a test that overran for any other reason once it returns. (A timeout alone
 * cannot stop a test blocked in a dialog's event loop on the UI thread; the watchdog can.) Today is
 * fixed at {@link FixedToday#TODAY}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@ExtendWith({ StrayDialogWatchdog.class, FixedToday.class })
public @interface UiTest {
}
