package org.planstudio.ui.translation;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.translation.messages";

    public static String View_figure;
    public static String View_noPlan;
    public static String View_show;
    public static String View_filterNeeding;
    public static String View_filterMissing;
    public static String View_filterOutdated;
    public static String View_filterAll;
    public static String View_search;
    public static String Column_element;
    public static String Column_field;
    public static String Column_status;
    public static String Column_chinese;
    public static String Column_english;
    public static String State_MISSING;
    public static String State_STALE;
    public static String State_CURRENT;
    public static String Export_title;
    public static String Export_noPlan;
    public static String Export_nothing;
    public static String Export_job;
    public static String Export_done;
    public static String Export_failed;
    public static String Import_title;
    public static String Import_job;
    public static String Import_unreadable;
    public static String Import_changedMeanwhile;
    public static String Report_title;
    public static String Report_row;
    public static String Report_result;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
