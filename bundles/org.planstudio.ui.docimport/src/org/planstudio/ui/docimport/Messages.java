package org.planstudio.ui.docimport;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.docimport.messages";

    public static String Wizard_title;
    public static String FilePage_title;
    public static String FilePage_description;
    public static String FilePage_file;
    public static String FilePage_browse;
    public static String FilePage_id;
    public static String FilePage_noFile;
    public static String FilePage_missingFile;
    public static String FilePage_noId;
    public static String FilePage_badId;
    public static String FilePage_documents;
    public static String FilePage_allFiles;
    public static String PreviewPage_title;
    public static String PreviewPage_description;
    public static String PreviewPage_reading;
    public static String PreviewPage_part;
    public static String PreviewPage_kind;
    public static String PreviewPage_area;
    public static String PreviewPage_details;
    public static String PreviewPage_noArea;
    public static String PreviewPage_head;
    public static String PreviewPage_none;
    public static String PreviewPage_summary;
    public static String PreviewPage_target;
    public static String PreviewPage_participants;
    public static String PreviewPage_units;
    public static String PreviewPage_exists;
    public static String Finish_creating;
    public static String Finish_message;
    public static String Finish_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
