package org.planstudio.ui.history;

import org.eclipse.osgi.util.NLS;

/** Texts of the History view (English and Chinese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.history.messages";

    public static String View_wholePlan;
    public static String View_person;
    public static String View_from;
    public static String View_to;
    public static String View_kind;
    public static String View_all;
    public static String View_apply;
    public static String View_refresh;
    public static String View_export;
    public static String View_noPlan;
    public static String View_ofElement;
    public static String View_ofPlan;
    public static String View_loading;
    public static String View_count;
    public static String View_badDate;
    public static String View_failed;
    public static String Column_when;
    public static String Column_who;
    public static String Column_element;
    public static String Column_field;
    public static String Column_old;
    public static String Column_new;
    public static String Column_revision;
    public static String Change_created;
    public static String Change_deleted;
    public static String Job_loading;
    public static String Job_export;
    public static String Export_title;
    public static String Export_sheet;
    public static String Export_done;
    public static String Export_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
