package org.planstudio.ui.authoring.structure;

import org.eclipse.osgi.util.NLS;

/** Texts of structure editing in the navigator (English and Chinese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.authoring.structure.messages";

    public static String Delete_title;
    public static String Delete_button;
    public static String Delete_cancel;
    public static String Delete_one;
    public static String Delete_many;
    public static String Delete_contained;
    public static String Delete_links;
    public static String Delete_implementers;
    public static String Delete_comments;
    public static String Delete_references;
    public static String Delete_referenceLine;
    public static String Delete_undo;
    public static String Paste_droppedTitle;
    public static String Paste_dropped;
    public static String Paste_droppedLine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
