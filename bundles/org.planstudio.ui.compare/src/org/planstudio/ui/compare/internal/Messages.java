package org.planstudio.ui.compare.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the conflict dialog, English and Chinese. */
public final class Messages extends NLS {

    public static String title;
    public static String header;
    public static String colElement;
    public static String colField;
    public static String colBase;
    public static String colMine;
    public static String colTheirs;
    public static String colKeep;
    public static String keepMine;
    public static String keepTheirs;
    public static String allMine;
    public static String allTheirs;
    public static String save;
    public static String absent;
    public static String deleted;
    public static String moved;
    public static String order;
    public static String place;
    public static String element;
    public static String cancel;

    static {
        NLS.initializeMessages("org.planstudio.ui.compare.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
