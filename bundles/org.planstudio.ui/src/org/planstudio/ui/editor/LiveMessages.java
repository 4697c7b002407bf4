package org.planstudio.ui.editor;

import org.eclipse.osgi.util.NLS;

/** Texts of the live-update banner (live.properties, live_zh.properties). */
final class LiveMessages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.editor.live";

    public static String saved;
    public static String savedWithSummary;
    public static String changed;
    public static String added;
    public static String removed;
    public static String nameSeparator;
    public static String partSeparator;
    public static String more;
    public static String bringIn;
    public static String showDifferences;
    public static String checkJob;
    public static String summaryJob;
    public static String bringInJob;
    public static String checkFailed;
    public static String bringInFailed;
    public static String compareFailed;
    public static String reopenFailed;
    public static String broughtIn;
    public static String broughtInClean;

    static {
        NLS.initializeMessages(BUNDLE_NAME, LiveMessages.class);
    }

    private LiveMessages() {
    }
}
