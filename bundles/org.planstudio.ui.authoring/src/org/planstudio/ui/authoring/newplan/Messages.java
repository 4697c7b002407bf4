package org.planstudio.ui.authoring.newplan;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.authoring.newplan.messages";

    public static String Wizard_title;
    public static String Wizard_loading;
    public static String Wizard_loadFailed;
    public static String Wizard_copyLoading;
    public static String Wizard_failed;
    public static String Identity_title;
    public static String Identity_description;
    public static String Identity_id;
    public static String Identity_idHint;
    public static String Identity_titleZh;
    public static String Identity_titleEn;
    public static String Identity_period;
    public static String Identity_periodTo;
    public static String Identity_status;
    public static String Identity_issuers;
    public static String Identity_issuersHint;
    public static String Start_title;
    public static String Start_description;
    public static String Start_blank;
    public static String Start_copy;
    public static String Start_copyNote;
    public static String Start_chooseSource;
    public static String Start_planLabel;
    public static String Status_DRAFT_FOR_COMMENT;
    public static String Status_FINAL;
    public static String Status_ARCHIVED;
    public static String Copy_leftOut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
