package org.planstudio.ui.editor.permissions;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.editor.permissions.messages";

    public static String Permissions_job;
    public static String Permissions_failed;
    public static String ReadOnly_line;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
