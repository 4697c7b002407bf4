package org.planstudio.ui.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DateFormat;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.text.ElementLabels;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/** Where the editors keep their recovery journal, and how the user is asked to restore it. */
final class Recovery {

    static final int DELAY_MS = 1000;

    private static final BiPredicate<Shell, RecoveryJournal.Recovered> ASK = (shell, recovered) -> MessageDialog.openQuestion(
            shell, Messages.Recovery_title,
            NLS.bind(Messages.Recovery_question, ElementLabels.text(recovered.plan(), java.util.Locale.getDefault()),
                    DateFormat.getDateTimeInstance().format(Date.from(recovered.writtenAt()))));

    private static RecoveryJournal journal;
    private static BiPredicate<Shell, RecoveryJournal.Recovered> prompt = ASK;

    private Recovery() {
    }

    static synchronized RecoveryJournal journal() {
        if (journal == null) {
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(Recovery.class)).toFile().toPath();
            journal = new RecoveryJournal(folderFor(state, StoreAccess.storeKey()));
        }
        return journal;
    }

    /**
     * One journal folder per database: edits made against one database must never be offered
     * for restore when the workbench later starts on another (a plan id can exist in both).
     */
    static Path folderFor(Path state, String storeKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(storeKey.getBytes(StandardCharsets.UTF_8));
            return state.resolve("recovery").resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static synchronized BiPredicate<Shell, RecoveryJournal.Recovered> prompt() {
        return prompt;
    }

    /** For tests, which cannot answer a dialog; null restores the question. */
    static synchronized void setPrompt(BiPredicate<Shell, RecoveryJournal.Recovered> answer) {
        prompt = answer == null ? ASK : answer;
    }

    static void log(Exception e) {
        ILog.of(Recovery.class).log(Status.warning(
                NLS.bind(Messages.Recovery_writeFailed, Objects.toString(e.getMessage(), e.getClass().getName())), e));
    }
}
