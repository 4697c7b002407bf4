package org.planstudio.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.planstudio.ui.testsupport.UiTest;

/** The first start's question and the preference page show both ways of working (and are photographed). */
@UiTest
class DialogsTest {

    private static Shell window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void firstStartOffersAloneAndOffice() throws Exception {
        FirstStartDialog dialog = new FirstStartDialog(window());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            Button alone = Screens.find(shell, Button.class, b -> b.getText().equals(Messages.Fields_alone)).orElseThrow();
            Button office = Screens.find(shell, Button.class, b -> b.getText().equals(Messages.Fields_office)).orElseThrow();
            assertTrue(alone.getSelection(), "working alone is the default");
            Text host = Screens.find(shell, Text.class, t -> t.getText().isEmpty() && !t.getEnabled()).orElseThrow();
            office.setSelection(true);
            alone.setSelection(false);
            office.notifyListeners(SWT.Selection, null);
            assertTrue(host.getEnabled(), "the office fields open up");
            shell.setSize(shell.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            Screens.save(shell, "first-start");
        } finally {
            dialog.close();
        }
    }

    @Test
    void preferencePageShowsTheProfile() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window(), "org.planstudio.ui.team.database",
                null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell shell = dialog.getShell();
            assertTrue(Screens.find(shell, Button.class, b -> b.getText().equals(Messages.Page_test)).isPresent());
            assertTrue(Screens.find(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0).isPresent());
            assertEquals(1, Screens.all(shell).stream().filter(c -> c instanceof Button b
                    && b.getText().equals(Messages.Fields_office)).count());
            assertFalse(Screens.find(shell, Button.class, b -> b.getText().equals(Messages.Fields_alone)).isEmpty());
            shell.setSize(900, 680);
            Screens.save(shell, "preferences-database");
        } finally {
            dialog.close();
        }
    }
}
