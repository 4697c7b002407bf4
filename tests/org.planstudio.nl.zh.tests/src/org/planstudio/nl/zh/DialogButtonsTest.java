package org.planstudio.nl.zh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.planstudio.ui.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The buttons JFace puts on wizards and dialogs, under -nl zh. */
@UiTest
class DialogButtonsTest {

    private final List<Shell> opened = new ArrayList<>();

    @AfterEach
    void closeDialogs() {
        opened.stream().filter(shell -> !shell.isDisposed()).forEach(Shell::close);
        Widgets.processEvents();
    }

    private static Shell window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void wizardButtonsAreChinese() {
        Wizard wizard = new Wizard() {
            @Override
            public void addPages() {
                addPage(new Page("first"));
                addPage(new Page("second"));
            }

            @Override
            public boolean performFinish() {
                return true;
            }
        };
        wizard.setHelpAvailable(false);
        WizardDialog dialog = new WizardDialog(window(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        opened.add(dialog.getShell());
        Widgets.processEvents();

        Widgets.assertSameTexts(List.of("< 上一步(&B)", "下一步(&N) >", "完成(&F)", "取消"), Widgets.buttonTexts(dialog.getShell()));
    }

    @Test
    void errorDialogIsChinese() {
        MultiStatus status = new MultiStatus("org.planstudio.nl.zh.tests", 0, "无法保存计划", null);
        status.add(Status.error("数据库已被另一个程序占用"));
        ErrorDialog dialog = new ErrorDialog(window(), "保存失败", "计划未能保存。", status, IStatus.ERROR);
        dialog.setBlockOnOpen(false);
        boolean automated = ErrorDialog.AUTOMATED_MODE;  // the test harness suppresses error dialogs
        ErrorDialog.AUTOMATED_MODE = false;
        try {
            dialog.open();
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }
        opened.add(dialog.getShell());
        Widgets.processEvents();

        Widgets.assertSameTexts(List.of("确定", "详细信息(&D) >>"), Widgets.buttonTexts(dialog.getShell()));
        Widgets.button(dialog.getShell(), "详细信息(&D) >>").orElseThrow().notifyListeners(SWT.Selection, null);
        Widgets.processEvents();
        assertTrue(Widgets.buttonTexts(dialog.getShell()).contains("<< 详细信息(&D)"), "the button toggles");
    }

    @Test
    void questionAndConfirmButtonsAreChinese() {
        Widgets.assertSameTexts(List.of("是(&Y)", "否(&N)"), buttonsOf(() -> MessageDialog.openQuestion(window(), "确认", "要继续吗？")));
        Widgets.assertSameTexts(List.of("确定", "取消"), buttonsOf(() -> MessageDialog.openConfirm(window(), "确认", "要继续吗？")));
    }

    /** Opens a blocking dialog, reads its buttons, and closes it. */
    private static List<String> buttonsOf(Runnable open) {
        List<String> buttons = new ArrayList<>();
        Widgets.DialogWatcher watcher = Widgets.DialogWatcher.start(window(), shell -> buttons.addAll(Widgets.buttonTexts(shell)));
        open.run();
        watcher.stop();
        assertTrue(watcher.answered(), "the dialog opened");
        return buttons;
    }

    private static final class Page extends WizardPage {

        Page(String name) {
            super(name, name, null);
        }

        @Override
        public void createControl(Composite parent) {
            Label label = new Label(parent, SWT.NONE);
            label.setText(getName());
            setControl(label);
        }
    }
}
