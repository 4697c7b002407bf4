package org.planstudio.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.internal.messages";

    public static String App_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
