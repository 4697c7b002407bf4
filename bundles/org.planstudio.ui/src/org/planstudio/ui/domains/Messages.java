package org.planstudio.ui.domains;

import org.eclipse.osgi.util.NLS;

/** Texts of the task-area parts of the workbench (English and Chinese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.domains.messages";

    public static String Section_title;
    public static String Choice_none;
    public static String Choice_entry;
    public static String Choice_notInstalled;
    public static String Section_titleNoIcon;
    public static String Section_notInstalled;
    public static String Section_otherValues;
    public static String Section_applyTemplate;
    public static String Section_addIndicator;
    public static String Section_choose;
    public static String Section_yes;
    public static String Template_title;
    public static String Template_message;
    public static String Template_replaceTitle;
    public static String Template_replace;
    public static String Template_unmatched;
    public static String Template_command;
    public static String Catalogue_title;
    public static String Catalogue_message;
    public static String Catalogue_goalTitle;
    public static String Catalogue_goalMessage;
    public static String Catalogue_noGoal;
    public static String Catalogue_command;
    public static String Catalogue_entry;
    public static String Attribute_command;
    public static String View_installed;
    public static String View_none;
    public static String View_failures;
    public static String View_problems;
    public static String View_noPlan;
    public static String View_domain;
    public static String View_templates;
    public static String View_catalogue;
    public static String View_taskAttributes;
    public static String View_itemAttributes;
    public static String View_rules;
    public static String View_failure;
    public static String View_problem;
    public static String View_check;
    public static String View_checkTooltip;
    public static String Install_title;
    public static String Install_repository;
    public static String Install_reading;
    public static String Install_none;
    public static String Install_choose;
    public static String Install_installing;
    public static String Install_noProfile;
    public static String Install_failed;
    public static String Install_done;
    public static String Install_badLocation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
