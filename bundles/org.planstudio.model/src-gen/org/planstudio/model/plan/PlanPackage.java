/**
 */
package org.planstudio.model.plan;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.planstudio.model.plan.PlanFactory
 * @model kind="package"
 * @generated
 */
public interface PlanPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "plan";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://planstudio.org/model/plan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanPackage eINSTANCE = org.planstudio.model.plan.impl.PlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.IdentifiedImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.LocalizedTextImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 1;

	/**
	 * The feature id for the '<em><b>Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__ZH = 0;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__TRANSLATIONS = 1;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.TranslationImpl <em>Translation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.TranslationImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTranslation()
	 * @generated
	 */
	int TRANSLATION = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Source Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__SOURCE_DIGEST = 2;

	/**
	 * The number of structural features of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.PlanImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SHORT_TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__START_YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__END_YEAR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DOCUMENT_NUMBER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Issue Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ISSUE_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Issuers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ISSUERS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Derived From Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DERIVED_FROM_PLAN_ID = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Guiding Ideology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GUIDING_IDEOLOGY = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Policy References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__POLICY_REFERENCES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Considerations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CONSIDERATIONS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PRINCIPLES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GOALS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Task Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TASK_AREAS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Safeguards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SAFEGUARDS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Countries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__COUNTRIES = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Platforms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PLATFORMS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Joint Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__JOINT_PROJECTS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Innovation Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__INNOVATION_ENTITIES = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Experts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__EXPERTS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Consultations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CONSULTATIONS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Trace Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TRACE_LINKS = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Reporting Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REPORTING_KIND = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Reporting Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REPORTING_PERIODS = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Progress Updates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PROGRESS_UPDATES = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Supervision Notices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SUPERVISION_NOTICES = IDENTIFIED_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Extension Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__EXTENSION_REQUESTS = IDENTIFIED_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Close Out Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CLOSE_OUT_APPROVALS = IDENTIFIED_FEATURE_COUNT + 29;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 30;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.PolicyReferenceImpl <em>Policy Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.PolicyReferenceImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPolicyReference()
	 * @generated
	 */
	int POLICY_REFERENCE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE__DOCUMENT_NUMBER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE__YEAR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE__ISSUER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Policy Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Policy Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REFERENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ConsiderationImpl <em>Consideration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ConsiderationImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getConsideration()
	 * @generated
	 */
	int CONSIDERATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSIDERATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSIDERATION__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSIDERATION__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSIDERATION__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Consideration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSIDERATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Consideration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSIDERATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.PrincipleImpl <em>Principle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.PrincipleImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPrinciple()
	 * @generated
	 */
	int PRINCIPLE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPLE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPLE__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPLE__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPLE__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Principle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Principle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.GoalImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET_YEAR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__INDICATORS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.IndicatorImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_YEAR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_YEAR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Accumulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACCUMULATION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Counting Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__COUNTING_RULE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.CountingRuleImpl <em>Counting Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.CountingRuleImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCountingRule()
	 * @generated
	 */
	int COUNTING_RULE = 9;

	/**
	 * The feature id for the '<em><b>Registry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE__REGISTRY = 0;

	/**
	 * The feature id for the '<em><b>Item Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE__ITEM_TYPES = 1;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE__STATUSES = 2;

	/**
	 * The feature id for the '<em><b>Within Plan Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE__WITHIN_PLAN_PERIOD = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE__DESCRIPTION = 4;

	/**
	 * The number of structural features of the '<em>Counting Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Counting Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTING_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.TaskAreaImpl <em>Task Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.TaskAreaImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTaskArea()
	 * @generated
	 */
	int TASK_AREA = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_AREA__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_AREA__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_AREA__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_AREA__TASKS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Task Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_AREA_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Task Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_AREA_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.KeyTaskImpl <em>Key Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.KeyTaskImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getKeyTask()
	 * @generated
	 */
	int KEY_TASK = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Domain Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__DOMAIN_ID = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lead Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__LEAD_UNITS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Supporting Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__SUPPORTING_UNITS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__DEADLINE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__ATTRIBUTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Original Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK__ORIGINAL_DEADLINE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Key Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Key Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_TASK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.AttributeValueImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getAttributeValue()
	 * @generated
	 */
	int ATTRIBUTE_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.SafeguardImpl <em>Safeguard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.SafeguardImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getSafeguard()
	 * @generated
	 */
	int SAFEGUARD = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFEGUARD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFEGUARD__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFEGUARD__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFEGUARD__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Safeguard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFEGUARD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Safeguard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAFEGUARD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.OrganizationImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SHORT_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PARENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Country</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__COUNTRY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.CountryImpl <em>Country</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.CountryImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCountry()
	 * @generated
	 */
	int COUNTRY = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Country</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Country</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.RegistryItemImpl <em>Registry Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.RegistryItemImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getRegistryItem()
	 * @generated
	 */
	int REGISTRY_ITEM = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Host Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__HOST_ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Partner Countries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__PARTNER_COUNTRIES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__START_DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__END_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM__ATTRIBUTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Registry Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Registry Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTRY_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.PlatformImpl <em>Platform</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.PlatformImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPlatform()
	 * @generated
	 */
	int PLATFORM = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__ID = REGISTRY_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__NAME = REGISTRY_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__TYPE = REGISTRY_ITEM__TYPE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__STATUS = REGISTRY_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Host Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__HOST_ORGANIZATION = REGISTRY_ITEM__HOST_ORGANIZATION;

	/**
	 * The feature id for the '<em><b>Partner Countries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__PARTNER_COUNTRIES = REGISTRY_ITEM__PARTNER_COUNTRIES;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__START_DATE = REGISTRY_ITEM__START_DATE;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__END_DATE = REGISTRY_ITEM__END_DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__DESCRIPTION = REGISTRY_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM__ATTRIBUTES = REGISTRY_ITEM__ATTRIBUTES;

	/**
	 * The number of structural features of the '<em>Platform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_FEATURE_COUNT = REGISTRY_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Platform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATFORM_OPERATION_COUNT = REGISTRY_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.JointProjectImpl <em>Joint Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.JointProjectImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getJointProject()
	 * @generated
	 */
	int JOINT_PROJECT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__ID = REGISTRY_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__NAME = REGISTRY_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__TYPE = REGISTRY_ITEM__TYPE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__STATUS = REGISTRY_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Host Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__HOST_ORGANIZATION = REGISTRY_ITEM__HOST_ORGANIZATION;

	/**
	 * The feature id for the '<em><b>Partner Countries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__PARTNER_COUNTRIES = REGISTRY_ITEM__PARTNER_COUNTRIES;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__START_DATE = REGISTRY_ITEM__START_DATE;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__END_DATE = REGISTRY_ITEM__END_DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__DESCRIPTION = REGISTRY_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__ATTRIBUTES = REGISTRY_ITEM__ATTRIBUTES;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__PARTICIPANTS = REGISTRY_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT__BUDGET = REGISTRY_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Joint Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT_FEATURE_COUNT = REGISTRY_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Joint Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOINT_PROJECT_OPERATION_COUNT = REGISTRY_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.InnovationEntityImpl <em>Innovation Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.InnovationEntityImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getInnovationEntity()
	 * @generated
	 */
	int INNOVATION_ENTITY = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__ID = REGISTRY_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__NAME = REGISTRY_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__TYPE = REGISTRY_ITEM__TYPE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__STATUS = REGISTRY_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Host Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__HOST_ORGANIZATION = REGISTRY_ITEM__HOST_ORGANIZATION;

	/**
	 * The feature id for the '<em><b>Partner Countries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__PARTNER_COUNTRIES = REGISTRY_ITEM__PARTNER_COUNTRIES;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__START_DATE = REGISTRY_ITEM__START_DATE;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__END_DATE = REGISTRY_ITEM__END_DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__DESCRIPTION = REGISTRY_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__ATTRIBUTES = REGISTRY_ITEM__ATTRIBUTES;

	/**
	 * The feature id for the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY__CREDIT_CODE = REGISTRY_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Innovation Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY_FEATURE_COUNT = REGISTRY_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Innovation Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_ENTITY_OPERATION_COUNT = REGISTRY_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ExpertImpl <em>Expert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ExpertImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getExpert()
	 * @generated
	 */
	int EXPERT = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__ID = REGISTRY_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__NAME = REGISTRY_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__TYPE = REGISTRY_ITEM__TYPE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__STATUS = REGISTRY_ITEM__STATUS;

	/**
	 * The feature id for the '<em><b>Host Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__HOST_ORGANIZATION = REGISTRY_ITEM__HOST_ORGANIZATION;

	/**
	 * The feature id for the '<em><b>Partner Countries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__PARTNER_COUNTRIES = REGISTRY_ITEM__PARTNER_COUNTRIES;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__START_DATE = REGISTRY_ITEM__START_DATE;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__END_DATE = REGISTRY_ITEM__END_DATE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__DESCRIPTION = REGISTRY_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__ATTRIBUTES = REGISTRY_ITEM__ATTRIBUTES;

	/**
	 * The feature id for the '<em><b>Affiliation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__AFFILIATION = REGISTRY_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT__FIELD = REGISTRY_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Expert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_FEATURE_COUNT = REGISTRY_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Expert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERT_OPERATION_COUNT = REGISTRY_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ConsultationImpl <em>Consultation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ConsultationImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getConsultation()
	 * @generated
	 */
	int CONSULTATION = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__SUMMARY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__PARTICIPANTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Participant Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__PARTICIPANT_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__COMMENTS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.CommentImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__AUTHOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Disposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__DISPOSITION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__REASON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__CONCERNS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__CLAUSE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Author Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__AUTHOR_NAME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__DECIDED_BY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__DECIDED_ON = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__RATIONALE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.TraceLinkImpl <em>Trace Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.TraceLinkImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTraceLink()
	 * @generated
	 */
	int TRACE_LINK = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK__SOURCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK__TARGET = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Suspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK__SUSPECT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK__RATIONALE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Trace Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Trace Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ReportingPeriodImpl <em>Reporting Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ReportingPeriodImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getReportingPeriod()
	 * @generated
	 */
	int REPORTING_PERIOD = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__LABEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__END = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Report Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__REPORT_DUE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reporting Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Reporting Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ProgressUpdateImpl <em>Progress Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ProgressUpdateImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getProgressUpdate()
	 * @generated
	 */
	int PROGRESS_UPDATE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__TASK = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__PERIOD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lead Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__LEAD_UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Done</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__DONE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Next Steps</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__NEXT_STEPS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__PROBLEMS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__PERCENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__MILESTONE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__STATUS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Task Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__TASK_STATUS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Evidence Item Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__EVIDENCE_ITEM_IDS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__ATTACHMENTS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Submitted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__SUBMITTED_BY = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__SUBMITTED_AT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__CONTRIBUTIONS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Returns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE__RETURNS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Progress Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Progress Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_UPDATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.AttachmentImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MEDIA_TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CONTENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Added At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__ADDED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ContributionImpl <em>Contribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ContributionImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getContribution()
	 * @generated
	 */
	int CONTRIBUTION = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__UNIT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Submitted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__SUBMITTED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION__SUBMITTED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ReturnForReworkImpl <em>Return For Rework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ReturnForReworkImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getReturnForRework()
	 * @generated
	 */
	int RETURN_FOR_REWORK = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FOR_REWORK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FOR_REWORK__REASON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Returned By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FOR_REWORK__RETURNED_BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Returned At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FOR_REWORK__RETURNED_AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Return For Rework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FOR_REWORK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Return For Rework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETURN_FOR_REWORK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl <em>Supervision Notice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.SupervisionNoticeImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getSupervisionNotice()
	 * @generated
	 */
	int SUPERVISION_NOTICE = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__TASK = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__ISSUE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Requirement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__REQUIREMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sent To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__SENT_TO = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__STATUS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__STEPS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Supervision Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Supervision Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.NoticeStepImpl <em>Notice Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.NoticeStepImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getNoticeStep()
	 * @generated
	 */
	int NOTICE_STEP = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP__STATUS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP__BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP__UNIT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP__TEXT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Notice Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Notice Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTICE_STEP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.ExtensionRequestImpl <em>Extension Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.ExtensionRequestImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getExtensionRequest()
	 * @generated
	 */
	int EXTENSION_REQUEST = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__TASK = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__REASON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Original Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__ORIGINAL_DEADLINE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Proposed Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__PROPOSED_DEADLINE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Requested By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__REQUESTED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Requested At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__REQUESTED_AT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__DECISION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__DECIDED_BY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__DECIDED_AT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST__DECISION_NOTE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Extension Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Extension Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTENSION_REQUEST_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl <em>Close Out Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.impl.CloseOutApprovalImpl
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCloseOutApproval()
	 * @generated
	 */
	int CLOSE_OUT_APPROVAL = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL__TASK = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL__APPROVED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Approved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL__APPROVED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Close Out Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Close Out Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOSE_OUT_APPROVAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.PlanStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.PlanStatus
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 33;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.Accumulation <em>Accumulation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.Accumulation
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getAccumulation()
	 * @generated
	 */
	int ACCUMULATION = 34;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.RegistryKind <em>Registry Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.RegistryKind
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getRegistryKind()
	 * @generated
	 */
	int REGISTRY_KIND = 35;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.TaskStatus <em>Task Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.TaskStatus
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTaskStatus()
	 * @generated
	 */
	int TASK_STATUS = 36;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.OrganizationKind
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 37;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.ItemStatus <em>Item Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.ItemStatus
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getItemStatus()
	 * @generated
	 */
	int ITEM_STATUS = 38;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.ConsultationKind <em>Consultation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.ConsultationKind
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getConsultationKind()
	 * @generated
	 */
	int CONSULTATION_KIND = 39;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.Disposition <em>Disposition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.Disposition
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getDisposition()
	 * @generated
	 */
	int DISPOSITION = 40;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.TraceKind <em>Trace Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.TraceKind
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTraceKind()
	 * @generated
	 */
	int TRACE_KIND = 41;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.ReportingPeriodKind <em>Reporting Period Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.ReportingPeriodKind
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getReportingPeriodKind()
	 * @generated
	 */
	int REPORTING_PERIOD_KIND = 42;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.UpdateStatus <em>Update Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.UpdateStatus
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getUpdateStatus()
	 * @generated
	 */
	int UPDATE_STATUS = 43;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.NoticeStatus <em>Notice Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.NoticeStatus
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getNoticeStatus()
	 * @generated
	 */
	int NOTICE_STATUS = 44;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.ExtensionDecision <em>Extension Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.ExtensionDecision
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getExtensionDecision()
	 * @generated
	 */
	int EXTENSION_DECISION = 45;

	/**
	 * The meta object id for the '{@link org.planstudio.model.plan.CloseOutKind <em>Close Out Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.planstudio.model.plan.CloseOutKind
	 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCloseOutKind()
	 * @generated
	 */
	int CLOSE_OUT_KIND = 46;


	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.planstudio.model.plan.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.planstudio.model.plan.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see org.planstudio.model.plan.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.LocalizedText#getZh <em>Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zh</em>'.
	 * @see org.planstudio.model.plan.LocalizedText#getZh()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Zh();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.LocalizedText#getTranslations <em>Translations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Translations</em>'.
	 * @see org.planstudio.model.plan.LocalizedText#getTranslations()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EReference getLocalizedText_Translations();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Translation <em>Translation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translation</em>'.
	 * @see org.planstudio.model.plan.Translation
	 * @generated
	 */
	EClass getTranslation();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Translation#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.planstudio.model.plan.Translation#getLanguage()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Translation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Translation#getText()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Translation#getSourceDigest <em>Source Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Digest</em>'.
	 * @see org.planstudio.model.plan.Translation#getSourceDigest()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_SourceDigest();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.planstudio.model.plan.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Plan#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.Plan#getTitle()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Plan#getShortTitle <em>Short Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Short Title</em>'.
	 * @see org.planstudio.model.plan.Plan#getShortTitle()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ShortTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.planstudio.model.plan.Plan#getStatus()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.planstudio.model.plan.Plan#getStartYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.planstudio.model.plan.Plan#getEndYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see org.planstudio.model.plan.Plan#getDocumentNumber()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getIssueDate <em>Issue Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue Date</em>'.
	 * @see org.planstudio.model.plan.Plan#getIssueDate()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_IssueDate();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.Plan#getIssuers <em>Issuers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issuers</em>'.
	 * @see org.planstudio.model.plan.Plan#getIssuers()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Issuers();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getDerivedFromPlanId <em>Derived From Plan Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived From Plan Id</em>'.
	 * @see org.planstudio.model.plan.Plan#getDerivedFromPlanId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_DerivedFromPlanId();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Plan#getGuidingIdeology <em>Guiding Ideology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Guiding Ideology</em>'.
	 * @see org.planstudio.model.plan.Plan#getGuidingIdeology()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_GuidingIdeology();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getPolicyReferences <em>Policy References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policy References</em>'.
	 * @see org.planstudio.model.plan.Plan#getPolicyReferences()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_PolicyReferences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getConsiderations <em>Considerations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Considerations</em>'.
	 * @see org.planstudio.model.plan.Plan#getConsiderations()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Considerations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Principles</em>'.
	 * @see org.planstudio.model.plan.Plan#getPrinciples()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Principles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.planstudio.model.plan.Plan#getGoals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getTaskAreas <em>Task Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Task Areas</em>'.
	 * @see org.planstudio.model.plan.Plan#getTaskAreas()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_TaskAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getSafeguards <em>Safeguards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Safeguards</em>'.
	 * @see org.planstudio.model.plan.Plan#getSafeguards()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Safeguards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.planstudio.model.plan.Plan#getOrganizations()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getCountries <em>Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Countries</em>'.
	 * @see org.planstudio.model.plan.Plan#getCountries()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Countries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getPlatforms <em>Platforms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Platforms</em>'.
	 * @see org.planstudio.model.plan.Plan#getPlatforms()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Platforms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getJointProjects <em>Joint Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Joint Projects</em>'.
	 * @see org.planstudio.model.plan.Plan#getJointProjects()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_JointProjects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getInnovationEntities <em>Innovation Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Innovation Entities</em>'.
	 * @see org.planstudio.model.plan.Plan#getInnovationEntities()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_InnovationEntities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getExperts <em>Experts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Experts</em>'.
	 * @see org.planstudio.model.plan.Plan#getExperts()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Experts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getConsultations <em>Consultations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consultations</em>'.
	 * @see org.planstudio.model.plan.Plan#getConsultations()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Consultations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getTraceLinks <em>Trace Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trace Links</em>'.
	 * @see org.planstudio.model.plan.Plan#getTraceLinks()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_TraceLinks();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Plan#getReportingKind <em>Reporting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reporting Kind</em>'.
	 * @see org.planstudio.model.plan.Plan#getReportingKind()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ReportingKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getReportingPeriods <em>Reporting Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reporting Periods</em>'.
	 * @see org.planstudio.model.plan.Plan#getReportingPeriods()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ReportingPeriods();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getProgressUpdates <em>Progress Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress Updates</em>'.
	 * @see org.planstudio.model.plan.Plan#getProgressUpdates()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ProgressUpdates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getSupervisionNotices <em>Supervision Notices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supervision Notices</em>'.
	 * @see org.planstudio.model.plan.Plan#getSupervisionNotices()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_SupervisionNotices();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getExtensionRequests <em>Extension Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extension Requests</em>'.
	 * @see org.planstudio.model.plan.Plan#getExtensionRequests()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ExtensionRequests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Plan#getCloseOutApprovals <em>Close Out Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Close Out Approvals</em>'.
	 * @see org.planstudio.model.plan.Plan#getCloseOutApprovals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_CloseOutApprovals();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.PolicyReference <em>Policy Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Reference</em>'.
	 * @see org.planstudio.model.plan.PolicyReference
	 * @generated
	 */
	EClass getPolicyReference();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.PolicyReference#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.PolicyReference#getTitle()
	 * @see #getPolicyReference()
	 * @generated
	 */
	EReference getPolicyReference_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.PolicyReference#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see org.planstudio.model.plan.PolicyReference#getDocumentNumber()
	 * @see #getPolicyReference()
	 * @generated
	 */
	EAttribute getPolicyReference_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.PolicyReference#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.planstudio.model.plan.PolicyReference#getYear()
	 * @see #getPolicyReference()
	 * @generated
	 */
	EAttribute getPolicyReference_Year();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.PolicyReference#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer</em>'.
	 * @see org.planstudio.model.plan.PolicyReference#getIssuer()
	 * @see #getPolicyReference()
	 * @generated
	 */
	EReference getPolicyReference_Issuer();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Consideration <em>Consideration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consideration</em>'.
	 * @see org.planstudio.model.plan.Consideration
	 * @generated
	 */
	EClass getConsideration();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Consideration#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.planstudio.model.plan.Consideration#getNumber()
	 * @see #getConsideration()
	 * @generated
	 */
	EAttribute getConsideration_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Consideration#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.Consideration#getTitle()
	 * @see #getConsideration()
	 * @generated
	 */
	EReference getConsideration_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Consideration#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Consideration#getText()
	 * @see #getConsideration()
	 * @generated
	 */
	EReference getConsideration_Text();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Principle <em>Principle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Principle</em>'.
	 * @see org.planstudio.model.plan.Principle
	 * @generated
	 */
	EClass getPrinciple();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Principle#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.planstudio.model.plan.Principle#getNumber()
	 * @see #getPrinciple()
	 * @generated
	 */
	EAttribute getPrinciple_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Principle#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.planstudio.model.plan.Principle#getName()
	 * @see #getPrinciple()
	 * @generated
	 */
	EReference getPrinciple_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Principle#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Principle#getText()
	 * @see #getPrinciple()
	 * @generated
	 */
	EReference getPrinciple_Text();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.planstudio.model.plan.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Goal#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.Goal#getTitle()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Goal#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Goal#getText()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Goal#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.planstudio.model.plan.Goal#getTargetYear()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_TargetYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Goal#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.planstudio.model.plan.Goal#getIndicators()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Indicators();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.planstudio.model.plan.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Indicator#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.planstudio.model.plan.Indicator#getCode()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Code();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Indicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.planstudio.model.plan.Indicator#getName()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Unit</em>'.
	 * @see org.planstudio.model.plan.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.planstudio.model.plan.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Indicator#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.planstudio.model.plan.Indicator#getBaselineYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.planstudio.model.plan.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Indicator#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.planstudio.model.plan.Indicator#getTargetYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetYear();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Indicator#getAccumulation <em>Accumulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accumulation</em>'.
	 * @see org.planstudio.model.plan.Indicator#getAccumulation()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Accumulation();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Indicator#getCountingRule <em>Counting Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Counting Rule</em>'.
	 * @see org.planstudio.model.plan.Indicator#getCountingRule()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_CountingRule();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.CountingRule <em>Counting Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counting Rule</em>'.
	 * @see org.planstudio.model.plan.CountingRule
	 * @generated
	 */
	EClass getCountingRule();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.CountingRule#getRegistry <em>Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registry</em>'.
	 * @see org.planstudio.model.plan.CountingRule#getRegistry()
	 * @see #getCountingRule()
	 * @generated
	 */
	EAttribute getCountingRule_Registry();

	/**
	 * Returns the meta object for the attribute list '{@link org.planstudio.model.plan.CountingRule#getItemTypes <em>Item Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Item Types</em>'.
	 * @see org.planstudio.model.plan.CountingRule#getItemTypes()
	 * @see #getCountingRule()
	 * @generated
	 */
	EAttribute getCountingRule_ItemTypes();

	/**
	 * Returns the meta object for the attribute list '{@link org.planstudio.model.plan.CountingRule#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Statuses</em>'.
	 * @see org.planstudio.model.plan.CountingRule#getStatuses()
	 * @see #getCountingRule()
	 * @generated
	 */
	EAttribute getCountingRule_Statuses();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.CountingRule#isWithinPlanPeriod <em>Within Plan Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Within Plan Period</em>'.
	 * @see org.planstudio.model.plan.CountingRule#isWithinPlanPeriod()
	 * @see #getCountingRule()
	 * @generated
	 */
	EAttribute getCountingRule_WithinPlanPeriod();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.CountingRule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.planstudio.model.plan.CountingRule#getDescription()
	 * @see #getCountingRule()
	 * @generated
	 */
	EReference getCountingRule_Description();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.TaskArea <em>Task Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Area</em>'.
	 * @see org.planstudio.model.plan.TaskArea
	 * @generated
	 */
	EClass getTaskArea();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.TaskArea#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.planstudio.model.plan.TaskArea#getNumber()
	 * @see #getTaskArea()
	 * @generated
	 */
	EAttribute getTaskArea_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.TaskArea#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.TaskArea#getTitle()
	 * @see #getTaskArea()
	 * @generated
	 */
	EReference getTaskArea_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.TaskArea#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.planstudio.model.plan.TaskArea#getTasks()
	 * @see #getTaskArea()
	 * @generated
	 */
	EReference getTaskArea_Tasks();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.KeyTask <em>Key Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Task</em>'.
	 * @see org.planstudio.model.plan.KeyTask
	 * @generated
	 */
	EClass getKeyTask();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.KeyTask#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getNumber()
	 * @see #getKeyTask()
	 * @generated
	 */
	EAttribute getKeyTask_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.KeyTask#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getTitle()
	 * @see #getKeyTask()
	 * @generated
	 */
	EReference getKeyTask_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.KeyTask#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getText()
	 * @see #getKeyTask()
	 * @generated
	 */
	EReference getKeyTask_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.KeyTask#getDomainId <em>Domain Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Id</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getDomainId()
	 * @see #getKeyTask()
	 * @generated
	 */
	EAttribute getKeyTask_DomainId();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.KeyTask#getLeadUnits <em>Lead Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Lead Units</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getLeadUnits()
	 * @see #getKeyTask()
	 * @generated
	 */
	EReference getKeyTask_LeadUnits();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.KeyTask#getSupportingUnits <em>Supporting Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supporting Units</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getSupportingUnits()
	 * @see #getKeyTask()
	 * @generated
	 */
	EReference getKeyTask_SupportingUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.KeyTask#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getDeadline()
	 * @see #getKeyTask()
	 * @generated
	 */
	EAttribute getKeyTask_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.KeyTask#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getStatus()
	 * @see #getKeyTask()
	 * @generated
	 */
	EAttribute getKeyTask_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.KeyTask#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getAttributes()
	 * @see #getKeyTask()
	 * @generated
	 */
	EReference getKeyTask_Attributes();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.KeyTask#getOriginalDeadline <em>Original Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Deadline</em>'.
	 * @see org.planstudio.model.plan.KeyTask#getOriginalDeadline()
	 * @see #getKeyTask()
	 * @generated
	 */
	EAttribute getKeyTask_OriginalDeadline();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.AttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Value</em>'.
	 * @see org.planstudio.model.plan.AttributeValue
	 * @generated
	 */
	EClass getAttributeValue();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.AttributeValue#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.planstudio.model.plan.AttributeValue#getKey()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.AttributeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.planstudio.model.plan.AttributeValue#getValue()
	 * @see #getAttributeValue()
	 * @generated
	 */
	EAttribute getAttributeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Safeguard <em>Safeguard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Safeguard</em>'.
	 * @see org.planstudio.model.plan.Safeguard
	 * @generated
	 */
	EClass getSafeguard();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Safeguard#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.planstudio.model.plan.Safeguard#getNumber()
	 * @see #getSafeguard()
	 * @generated
	 */
	EAttribute getSafeguard_Number();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Safeguard#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.Safeguard#getTitle()
	 * @see #getSafeguard()
	 * @generated
	 */
	EReference getSafeguard_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Safeguard#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Safeguard#getText()
	 * @see #getSafeguard()
	 * @generated
	 */
	EReference getSafeguard_Text();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.planstudio.model.plan.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.planstudio.model.plan.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Organization#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.planstudio.model.plan.Organization#getShortName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.planstudio.model.plan.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.Organization#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.planstudio.model.plan.Organization#getParent()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.Organization#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Country</em>'.
	 * @see org.planstudio.model.plan.Organization#getCountry()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Country();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Country <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Country</em>'.
	 * @see org.planstudio.model.plan.Country
	 * @generated
	 */
	EClass getCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Country#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.planstudio.model.plan.Country#getCode()
	 * @see #getCountry()
	 * @generated
	 */
	EAttribute getCountry_Code();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Country#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.planstudio.model.plan.Country#getName()
	 * @see #getCountry()
	 * @generated
	 */
	EReference getCountry_Name();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.RegistryItem <em>Registry Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registry Item</em>'.
	 * @see org.planstudio.model.plan.RegistryItem
	 * @generated
	 */
	EClass getRegistryItem();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.RegistryItem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getName()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EReference getRegistryItem_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.RegistryItem#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getType()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EAttribute getRegistryItem_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.RegistryItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getStatus()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EAttribute getRegistryItem_Status();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.RegistryItem#getHostOrganization <em>Host Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host Organization</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getHostOrganization()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EReference getRegistryItem_HostOrganization();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.RegistryItem#getPartnerCountries <em>Partner Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partner Countries</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getPartnerCountries()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EReference getRegistryItem_PartnerCountries();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.RegistryItem#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getStartDate()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EAttribute getRegistryItem_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.RegistryItem#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getEndDate()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EAttribute getRegistryItem_EndDate();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.RegistryItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getDescription()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EReference getRegistryItem_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.RegistryItem#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see org.planstudio.model.plan.RegistryItem#getAttributes()
	 * @see #getRegistryItem()
	 * @generated
	 */
	EReference getRegistryItem_Attributes();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Platform</em>'.
	 * @see org.planstudio.model.plan.Platform
	 * @generated
	 */
	EClass getPlatform();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.JointProject <em>Joint Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Joint Project</em>'.
	 * @see org.planstudio.model.plan.JointProject
	 * @generated
	 */
	EClass getJointProject();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.JointProject#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.planstudio.model.plan.JointProject#getParticipants()
	 * @see #getJointProject()
	 * @generated
	 */
	EReference getJointProject_Participants();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.JointProject#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.planstudio.model.plan.JointProject#getBudget()
	 * @see #getJointProject()
	 * @generated
	 */
	EAttribute getJointProject_Budget();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.InnovationEntity <em>Innovation Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Innovation Entity</em>'.
	 * @see org.planstudio.model.plan.InnovationEntity
	 * @generated
	 */
	EClass getInnovationEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.InnovationEntity#getCreditCode <em>Credit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Code</em>'.
	 * @see org.planstudio.model.plan.InnovationEntity#getCreditCode()
	 * @see #getInnovationEntity()
	 * @generated
	 */
	EAttribute getInnovationEntity_CreditCode();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Expert <em>Expert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expert</em>'.
	 * @see org.planstudio.model.plan.Expert
	 * @generated
	 */
	EClass getExpert();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Expert#getAffiliation <em>Affiliation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affiliation</em>'.
	 * @see org.planstudio.model.plan.Expert#getAffiliation()
	 * @see #getExpert()
	 * @generated
	 */
	EAttribute getExpert_Affiliation();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Expert#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Field</em>'.
	 * @see org.planstudio.model.plan.Expert#getField()
	 * @see #getExpert()
	 * @generated
	 */
	EReference getExpert_Field();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Consultation <em>Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consultation</em>'.
	 * @see org.planstudio.model.plan.Consultation
	 * @generated
	 */
	EClass getConsultation();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Consultation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.planstudio.model.plan.Consultation#getKind()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Consultation#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.planstudio.model.plan.Consultation#getTitle()
	 * @see #getConsultation()
	 * @generated
	 */
	EReference getConsultation_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Consultation#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Summary</em>'.
	 * @see org.planstudio.model.plan.Consultation#getSummary()
	 * @see #getConsultation()
	 * @generated
	 */
	EReference getConsultation_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Consultation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.planstudio.model.plan.Consultation#getDate()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Date();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.Consultation#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.planstudio.model.plan.Consultation#getParticipants()
	 * @see #getConsultation()
	 * @generated
	 */
	EReference getConsultation_Participants();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Consultation#getParticipantCount <em>Participant Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participant Count</em>'.
	 * @see org.planstudio.model.plan.Consultation#getParticipantCount()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_ParticipantCount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.Consultation#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.planstudio.model.plan.Consultation#getComments()
	 * @see #getConsultation()
	 * @generated
	 */
	EReference getConsultation_Comments();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.planstudio.model.plan.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.Comment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.planstudio.model.plan.Comment#getAuthor()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Author();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Comment#getDisposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disposition</em>'.
	 * @see org.planstudio.model.plan.Comment#getDisposition()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Disposition();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Comment#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reason</em>'.
	 * @see org.planstudio.model.plan.Comment#getReason()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Reason();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.Comment#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Concerns</em>'.
	 * @see org.planstudio.model.plan.Comment#getConcerns()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Concerns();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Comment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.planstudio.model.plan.Comment#getDate()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Comment#getClause <em>Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clause</em>'.
	 * @see org.planstudio.model.plan.Comment#getClause()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Clause();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Comment#getAuthorName <em>Author Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Name</em>'.
	 * @see org.planstudio.model.plan.Comment#getAuthorName()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_AuthorName();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Comment#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.planstudio.model.plan.Comment#getDecidedBy()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Comment#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.planstudio.model.plan.Comment#getDecidedOn()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_DecidedOn();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Comment#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rationale</em>'.
	 * @see org.planstudio.model.plan.Comment#getRationale()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Rationale();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.TraceLink <em>Trace Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Link</em>'.
	 * @see org.planstudio.model.plan.TraceLink
	 * @generated
	 */
	EClass getTraceLink();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.TraceLink#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.planstudio.model.plan.TraceLink#getKind()
	 * @see #getTraceLink()
	 * @generated
	 */
	EAttribute getTraceLink_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.TraceLink#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.planstudio.model.plan.TraceLink#getSource()
	 * @see #getTraceLink()
	 * @generated
	 */
	EReference getTraceLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.TraceLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.planstudio.model.plan.TraceLink#getTarget()
	 * @see #getTraceLink()
	 * @generated
	 */
	EReference getTraceLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.TraceLink#isSuspect <em>Suspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suspect</em>'.
	 * @see org.planstudio.model.plan.TraceLink#isSuspect()
	 * @see #getTraceLink()
	 * @generated
	 */
	EAttribute getTraceLink_Suspect();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.TraceLink#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rationale</em>'.
	 * @see org.planstudio.model.plan.TraceLink#getRationale()
	 * @see #getTraceLink()
	 * @generated
	 */
	EReference getTraceLink_Rationale();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.ReportingPeriod <em>Reporting Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Period</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriod
	 * @generated
	 */
	EClass getReportingPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ReportingPeriod#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriod#getKind()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ReportingPeriod#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriod#getLabel()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EReference getReportingPeriod_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ReportingPeriod#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriod#getStart()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ReportingPeriod#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriod#getEnd()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_End();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ReportingPeriod#getReportDue <em>Report Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Due</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriod#getReportDue()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_ReportDue();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.ProgressUpdate <em>Progress Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Update</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate
	 * @generated
	 */
	EClass getProgressUpdate();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.ProgressUpdate#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getTask()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Task();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.ProgressUpdate#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Period</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getPeriod()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Period();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.ProgressUpdate#getLeadUnit <em>Lead Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead Unit</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getLeadUnit()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_LeadUnit();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ProgressUpdate#getDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Done</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getDone()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Done();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ProgressUpdate#getNextSteps <em>Next Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Next Steps</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getNextSteps()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_NextSteps();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ProgressUpdate#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Problems</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getProblems()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Problems();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ProgressUpdate#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getPercent()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EAttribute getProgressUpdate_Percent();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ProgressUpdate#getMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Milestone</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getMilestone()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ProgressUpdate#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getStatus()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EAttribute getProgressUpdate_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ProgressUpdate#getTaskStatus <em>Task Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Status</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getTaskStatus()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EAttribute getProgressUpdate_TaskStatus();

	/**
	 * Returns the meta object for the attribute list '{@link org.planstudio.model.plan.ProgressUpdate#getEvidenceItemIds <em>Evidence Item Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence Item Ids</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getEvidenceItemIds()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EAttribute getProgressUpdate_EvidenceItemIds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.ProgressUpdate#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getAttachments()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Attachments();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ProgressUpdate#getSubmittedBy <em>Submitted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted By</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getSubmittedBy()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EAttribute getProgressUpdate_SubmittedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ProgressUpdate#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getSubmittedAt()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EAttribute getProgressUpdate_SubmittedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.ProgressUpdate#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributions</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getContributions()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Contributions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.ProgressUpdate#getReturns <em>Returns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Returns</em>'.
	 * @see org.planstudio.model.plan.ProgressUpdate#getReturns()
	 * @see #getProgressUpdate()
	 * @generated
	 */
	EReference getProgressUpdate_Returns();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.planstudio.model.plan.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Attachment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.planstudio.model.plan.Attachment#getName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Attachment#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.planstudio.model.plan.Attachment#getMediaType()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Attachment#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.planstudio.model.plan.Attachment#getContent()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Attachment#getAddedAt <em>Added At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added At</em>'.
	 * @see org.planstudio.model.plan.Attachment#getAddedAt()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_AddedAt();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.Contribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contribution</em>'.
	 * @see org.planstudio.model.plan.Contribution
	 * @generated
	 */
	EClass getContribution();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.Contribution#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.planstudio.model.plan.Contribution#getUnit()
	 * @see #getContribution()
	 * @generated
	 */
	EReference getContribution_Unit();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.Contribution#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.Contribution#getText()
	 * @see #getContribution()
	 * @generated
	 */
	EReference getContribution_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Contribution#getSubmittedBy <em>Submitted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted By</em>'.
	 * @see org.planstudio.model.plan.Contribution#getSubmittedBy()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_SubmittedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.Contribution#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.planstudio.model.plan.Contribution#getSubmittedAt()
	 * @see #getContribution()
	 * @generated
	 */
	EAttribute getContribution_SubmittedAt();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.ReturnForRework <em>Return For Rework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Return For Rework</em>'.
	 * @see org.planstudio.model.plan.ReturnForRework
	 * @generated
	 */
	EClass getReturnForRework();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ReturnForRework#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reason</em>'.
	 * @see org.planstudio.model.plan.ReturnForRework#getReason()
	 * @see #getReturnForRework()
	 * @generated
	 */
	EReference getReturnForRework_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ReturnForRework#getReturnedBy <em>Returned By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Returned By</em>'.
	 * @see org.planstudio.model.plan.ReturnForRework#getReturnedBy()
	 * @see #getReturnForRework()
	 * @generated
	 */
	EAttribute getReturnForRework_ReturnedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ReturnForRework#getReturnedAt <em>Returned At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Returned At</em>'.
	 * @see org.planstudio.model.plan.ReturnForRework#getReturnedAt()
	 * @see #getReturnForRework()
	 * @generated
	 */
	EAttribute getReturnForRework_ReturnedAt();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.SupervisionNotice <em>Supervision Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision Notice</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice
	 * @generated
	 */
	EClass getSupervisionNotice();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.SupervisionNotice#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getNumber()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_Number();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.SupervisionNotice#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getTask()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_Task();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.SupervisionNotice#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Issue</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getIssue()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_Issue();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.SupervisionNotice#getRequirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Requirement</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getRequirement()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_Requirement();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.SupervisionNotice#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getDueDate()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_DueDate();

	/**
	 * Returns the meta object for the reference list '{@link org.planstudio.model.plan.SupervisionNotice#getSentTo <em>Sent To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sent To</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getSentTo()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_SentTo();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.SupervisionNotice#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getStatus()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.planstudio.model.plan.SupervisionNotice#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.planstudio.model.plan.SupervisionNotice#getSteps()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_Steps();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.NoticeStep <em>Notice Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notice Step</em>'.
	 * @see org.planstudio.model.plan.NoticeStep
	 * @generated
	 */
	EClass getNoticeStep();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.NoticeStep#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.planstudio.model.plan.NoticeStep#getStatus()
	 * @see #getNoticeStep()
	 * @generated
	 */
	EAttribute getNoticeStep_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.NoticeStep#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.planstudio.model.plan.NoticeStep#getDate()
	 * @see #getNoticeStep()
	 * @generated
	 */
	EAttribute getNoticeStep_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.NoticeStep#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.planstudio.model.plan.NoticeStep#getBy()
	 * @see #getNoticeStep()
	 * @generated
	 */
	EAttribute getNoticeStep_By();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.NoticeStep#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.planstudio.model.plan.NoticeStep#getUnit()
	 * @see #getNoticeStep()
	 * @generated
	 */
	EReference getNoticeStep_Unit();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.NoticeStep#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.planstudio.model.plan.NoticeStep#getText()
	 * @see #getNoticeStep()
	 * @generated
	 */
	EReference getNoticeStep_Text();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.ExtensionRequest <em>Extension Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extension Request</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest
	 * @generated
	 */
	EClass getExtensionRequest();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.ExtensionRequest#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getTask()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EReference getExtensionRequest_Task();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ExtensionRequest#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reason</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getReason()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EReference getExtensionRequest_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getOriginalDeadline <em>Original Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Deadline</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getOriginalDeadline()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_OriginalDeadline();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getProposedDeadline <em>Proposed Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed Deadline</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getProposedDeadline()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_ProposedDeadline();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getRequestedBy <em>Requested By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requested By</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getRequestedBy()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_RequestedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getRequestedAt <em>Requested At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requested At</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getRequestedAt()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_RequestedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getDecision()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getDecidedBy()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.ExtensionRequest#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getDecidedAt()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EAttribute getExtensionRequest_DecidedAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.ExtensionRequest#getDecisionNote <em>Decision Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Decision Note</em>'.
	 * @see org.planstudio.model.plan.ExtensionRequest#getDecisionNote()
	 * @see #getExtensionRequest()
	 * @generated
	 */
	EReference getExtensionRequest_DecisionNote();

	/**
	 * Returns the meta object for class '{@link org.planstudio.model.plan.CloseOutApproval <em>Close Out Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Close Out Approval</em>'.
	 * @see org.planstudio.model.plan.CloseOutApproval
	 * @generated
	 */
	EClass getCloseOutApproval();

	/**
	 * Returns the meta object for the reference '{@link org.planstudio.model.plan.CloseOutApproval#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.planstudio.model.plan.CloseOutApproval#getTask()
	 * @see #getCloseOutApproval()
	 * @generated
	 */
	EReference getCloseOutApproval_Task();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.CloseOutApproval#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.planstudio.model.plan.CloseOutApproval#getKind()
	 * @see #getCloseOutApproval()
	 * @generated
	 */
	EAttribute getCloseOutApproval_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.CloseOutApproval#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved By</em>'.
	 * @see org.planstudio.model.plan.CloseOutApproval#getApprovedBy()
	 * @see #getCloseOutApproval()
	 * @generated
	 */
	EAttribute getCloseOutApproval_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.planstudio.model.plan.CloseOutApproval#getApprovedAt <em>Approved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved At</em>'.
	 * @see org.planstudio.model.plan.CloseOutApproval#getApprovedAt()
	 * @see #getCloseOutApproval()
	 * @generated
	 */
	EAttribute getCloseOutApproval_ApprovedAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.planstudio.model.plan.CloseOutApproval#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Note</em>'.
	 * @see org.planstudio.model.plan.CloseOutApproval#getNote()
	 * @see #getCloseOutApproval()
	 * @generated
	 */
	EReference getCloseOutApproval_Note();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.PlanStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.planstudio.model.plan.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.Accumulation <em>Accumulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accumulation</em>'.
	 * @see org.planstudio.model.plan.Accumulation
	 * @generated
	 */
	EEnum getAccumulation();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.RegistryKind <em>Registry Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Registry Kind</em>'.
	 * @see org.planstudio.model.plan.RegistryKind
	 * @generated
	 */
	EEnum getRegistryKind();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.TaskStatus <em>Task Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Status</em>'.
	 * @see org.planstudio.model.plan.TaskStatus
	 * @generated
	 */
	EEnum getTaskStatus();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.planstudio.model.plan.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.ItemStatus <em>Item Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Status</em>'.
	 * @see org.planstudio.model.plan.ItemStatus
	 * @generated
	 */
	EEnum getItemStatus();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.ConsultationKind <em>Consultation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consultation Kind</em>'.
	 * @see org.planstudio.model.plan.ConsultationKind
	 * @generated
	 */
	EEnum getConsultationKind();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.Disposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disposition</em>'.
	 * @see org.planstudio.model.plan.Disposition
	 * @generated
	 */
	EEnum getDisposition();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.TraceKind <em>Trace Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trace Kind</em>'.
	 * @see org.planstudio.model.plan.TraceKind
	 * @generated
	 */
	EEnum getTraceKind();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.ReportingPeriodKind <em>Reporting Period Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reporting Period Kind</em>'.
	 * @see org.planstudio.model.plan.ReportingPeriodKind
	 * @generated
	 */
	EEnum getReportingPeriodKind();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.UpdateStatus <em>Update Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Status</em>'.
	 * @see org.planstudio.model.plan.UpdateStatus
	 * @generated
	 */
	EEnum getUpdateStatus();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.NoticeStatus <em>Notice Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Notice Status</em>'.
	 * @see org.planstudio.model.plan.NoticeStatus
	 * @generated
	 */
	EEnum getNoticeStatus();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.ExtensionDecision <em>Extension Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Extension Decision</em>'.
	 * @see org.planstudio.model.plan.ExtensionDecision
	 * @generated
	 */
	EEnum getExtensionDecision();

	/**
	 * Returns the meta object for enum '{@link org.planstudio.model.plan.CloseOutKind <em>Close Out Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Close Out Kind</em>'.
	 * @see org.planstudio.model.plan.CloseOutKind
	 * @generated
	 */
	EEnum getCloseOutKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlanFactory getPlanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.IdentifiedImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.LocalizedTextImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__ZH = eINSTANCE.getLocalizedText_Zh();

		/**
		 * The meta object literal for the '<em><b>Translations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCALIZED_TEXT__TRANSLATIONS = eINSTANCE.getLocalizedText_Translations();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.TranslationImpl <em>Translation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.TranslationImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTranslation()
		 * @generated
		 */
		EClass TRANSLATION = eINSTANCE.getTranslation();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__LANGUAGE = eINSTANCE.getTranslation_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__TEXT = eINSTANCE.getTranslation_Text();

		/**
		 * The meta object literal for the '<em><b>Source Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__SOURCE_DIGEST = eINSTANCE.getTranslation_SourceDigest();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.PlanImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TITLE = eINSTANCE.getPlan_Title();

		/**
		 * The meta object literal for the '<em><b>Short Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SHORT_TITLE = eINSTANCE.getPlan_ShortTitle();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__STATUS = eINSTANCE.getPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__START_YEAR = eINSTANCE.getPlan_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__END_YEAR = eINSTANCE.getPlan_EndYear();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__DOCUMENT_NUMBER = eINSTANCE.getPlan_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Issue Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ISSUE_DATE = eINSTANCE.getPlan_IssueDate();

		/**
		 * The meta object literal for the '<em><b>Issuers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ISSUERS = eINSTANCE.getPlan_Issuers();

		/**
		 * The meta object literal for the '<em><b>Derived From Plan Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__DERIVED_FROM_PLAN_ID = eINSTANCE.getPlan_DerivedFromPlanId();

		/**
		 * The meta object literal for the '<em><b>Guiding Ideology</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GUIDING_IDEOLOGY = eINSTANCE.getPlan_GuidingIdeology();

		/**
		 * The meta object literal for the '<em><b>Policy References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__POLICY_REFERENCES = eINSTANCE.getPlan_PolicyReferences();

		/**
		 * The meta object literal for the '<em><b>Considerations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CONSIDERATIONS = eINSTANCE.getPlan_Considerations();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PRINCIPLES = eINSTANCE.getPlan_Principles();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GOALS = eINSTANCE.getPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Task Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TASK_AREAS = eINSTANCE.getPlan_TaskAreas();

		/**
		 * The meta object literal for the '<em><b>Safeguards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SAFEGUARDS = eINSTANCE.getPlan_Safeguards();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ORGANIZATIONS = eINSTANCE.getPlan_Organizations();

		/**
		 * The meta object literal for the '<em><b>Countries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__COUNTRIES = eINSTANCE.getPlan_Countries();

		/**
		 * The meta object literal for the '<em><b>Platforms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PLATFORMS = eINSTANCE.getPlan_Platforms();

		/**
		 * The meta object literal for the '<em><b>Joint Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__JOINT_PROJECTS = eINSTANCE.getPlan_JointProjects();

		/**
		 * The meta object literal for the '<em><b>Innovation Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__INNOVATION_ENTITIES = eINSTANCE.getPlan_InnovationEntities();

		/**
		 * The meta object literal for the '<em><b>Experts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__EXPERTS = eINSTANCE.getPlan_Experts();

		/**
		 * The meta object literal for the '<em><b>Consultations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CONSULTATIONS = eINSTANCE.getPlan_Consultations();

		/**
		 * The meta object literal for the '<em><b>Trace Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TRACE_LINKS = eINSTANCE.getPlan_TraceLinks();

		/**
		 * The meta object literal for the '<em><b>Reporting Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__REPORTING_KIND = eINSTANCE.getPlan_ReportingKind();

		/**
		 * The meta object literal for the '<em><b>Reporting Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__REPORTING_PERIODS = eINSTANCE.getPlan_ReportingPeriods();

		/**
		 * The meta object literal for the '<em><b>Progress Updates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PROGRESS_UPDATES = eINSTANCE.getPlan_ProgressUpdates();

		/**
		 * The meta object literal for the '<em><b>Supervision Notices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SUPERVISION_NOTICES = eINSTANCE.getPlan_SupervisionNotices();

		/**
		 * The meta object literal for the '<em><b>Extension Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__EXTENSION_REQUESTS = eINSTANCE.getPlan_ExtensionRequests();

		/**
		 * The meta object literal for the '<em><b>Close Out Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CLOSE_OUT_APPROVALS = eINSTANCE.getPlan_CloseOutApprovals();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.PolicyReferenceImpl <em>Policy Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.PolicyReferenceImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPolicyReference()
		 * @generated
		 */
		EClass POLICY_REFERENCE = eINSTANCE.getPolicyReference();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REFERENCE__TITLE = eINSTANCE.getPolicyReference_Title();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_REFERENCE__DOCUMENT_NUMBER = eINSTANCE.getPolicyReference_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_REFERENCE__YEAR = eINSTANCE.getPolicyReference_Year();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REFERENCE__ISSUER = eINSTANCE.getPolicyReference_Issuer();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ConsiderationImpl <em>Consideration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ConsiderationImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getConsideration()
		 * @generated
		 */
		EClass CONSIDERATION = eINSTANCE.getConsideration();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSIDERATION__NUMBER = eINSTANCE.getConsideration_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSIDERATION__TITLE = eINSTANCE.getConsideration_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSIDERATION__TEXT = eINSTANCE.getConsideration_Text();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.PrincipleImpl <em>Principle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.PrincipleImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPrinciple()
		 * @generated
		 */
		EClass PRINCIPLE = eINSTANCE.getPrinciple();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINCIPLE__NUMBER = eINSTANCE.getPrinciple_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRINCIPLE__NAME = eINSTANCE.getPrinciple_Name();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRINCIPLE__TEXT = eINSTANCE.getPrinciple_Text();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.GoalImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__TITLE = eINSTANCE.getGoal_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__TEXT = eINSTANCE.getGoal_Text();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TARGET_YEAR = eINSTANCE.getGoal_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__INDICATORS = eINSTANCE.getGoal_Indicators();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.IndicatorImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CODE = eINSTANCE.getIndicator_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__NAME = eINSTANCE.getIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_YEAR = eINSTANCE.getIndicator_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_YEAR = eINSTANCE.getIndicator_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Accumulation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ACCUMULATION = eINSTANCE.getIndicator_Accumulation();

		/**
		 * The meta object literal for the '<em><b>Counting Rule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__COUNTING_RULE = eINSTANCE.getIndicator_CountingRule();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.CountingRuleImpl <em>Counting Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.CountingRuleImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCountingRule()
		 * @generated
		 */
		EClass COUNTING_RULE = eINSTANCE.getCountingRule();

		/**
		 * The meta object literal for the '<em><b>Registry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTING_RULE__REGISTRY = eINSTANCE.getCountingRule_Registry();

		/**
		 * The meta object literal for the '<em><b>Item Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTING_RULE__ITEM_TYPES = eINSTANCE.getCountingRule_ItemTypes();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTING_RULE__STATUSES = eINSTANCE.getCountingRule_Statuses();

		/**
		 * The meta object literal for the '<em><b>Within Plan Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTING_RULE__WITHIN_PLAN_PERIOD = eINSTANCE.getCountingRule_WithinPlanPeriod();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTING_RULE__DESCRIPTION = eINSTANCE.getCountingRule_Description();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.TaskAreaImpl <em>Task Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.TaskAreaImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTaskArea()
		 * @generated
		 */
		EClass TASK_AREA = eINSTANCE.getTaskArea();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_AREA__NUMBER = eINSTANCE.getTaskArea_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_AREA__TITLE = eINSTANCE.getTaskArea_Title();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_AREA__TASKS = eINSTANCE.getTaskArea_Tasks();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.KeyTaskImpl <em>Key Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.KeyTaskImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getKeyTask()
		 * @generated
		 */
		EClass KEY_TASK = eINSTANCE.getKeyTask();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_TASK__NUMBER = eINSTANCE.getKeyTask_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_TASK__TITLE = eINSTANCE.getKeyTask_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_TASK__TEXT = eINSTANCE.getKeyTask_Text();

		/**
		 * The meta object literal for the '<em><b>Domain Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_TASK__DOMAIN_ID = eINSTANCE.getKeyTask_DomainId();

		/**
		 * The meta object literal for the '<em><b>Lead Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_TASK__LEAD_UNITS = eINSTANCE.getKeyTask_LeadUnits();

		/**
		 * The meta object literal for the '<em><b>Supporting Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_TASK__SUPPORTING_UNITS = eINSTANCE.getKeyTask_SupportingUnits();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_TASK__DEADLINE = eINSTANCE.getKeyTask_Deadline();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_TASK__STATUS = eINSTANCE.getKeyTask_Status();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_TASK__ATTRIBUTES = eINSTANCE.getKeyTask_Attributes();

		/**
		 * The meta object literal for the '<em><b>Original Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_TASK__ORIGINAL_DEADLINE = eINSTANCE.getKeyTask_OriginalDeadline();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.AttributeValueImpl <em>Attribute Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.AttributeValueImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getAttributeValue()
		 * @generated
		 */
		EClass ATTRIBUTE_VALUE = eINSTANCE.getAttributeValue();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__KEY = eINSTANCE.getAttributeValue_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_VALUE__VALUE = eINSTANCE.getAttributeValue_Value();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.SafeguardImpl <em>Safeguard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.SafeguardImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getSafeguard()
		 * @generated
		 */
		EClass SAFEGUARD = eINSTANCE.getSafeguard();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAFEGUARD__NUMBER = eINSTANCE.getSafeguard_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAFEGUARD__TITLE = eINSTANCE.getSafeguard_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAFEGUARD__TEXT = eINSTANCE.getSafeguard_Text();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.OrganizationImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__SHORT_NAME = eINSTANCE.getOrganization_ShortName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__PARENT = eINSTANCE.getOrganization_Parent();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__COUNTRY = eINSTANCE.getOrganization_Country();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.CountryImpl <em>Country</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.CountryImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCountry()
		 * @generated
		 */
		EClass COUNTRY = eINSTANCE.getCountry();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY__CODE = eINSTANCE.getCountry_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTRY__NAME = eINSTANCE.getCountry_Name();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.RegistryItemImpl <em>Registry Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.RegistryItemImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getRegistryItem()
		 * @generated
		 */
		EClass REGISTRY_ITEM = eINSTANCE.getRegistryItem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTRY_ITEM__NAME = eINSTANCE.getRegistryItem_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRY_ITEM__TYPE = eINSTANCE.getRegistryItem_Type();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRY_ITEM__STATUS = eINSTANCE.getRegistryItem_Status();

		/**
		 * The meta object literal for the '<em><b>Host Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTRY_ITEM__HOST_ORGANIZATION = eINSTANCE.getRegistryItem_HostOrganization();

		/**
		 * The meta object literal for the '<em><b>Partner Countries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTRY_ITEM__PARTNER_COUNTRIES = eINSTANCE.getRegistryItem_PartnerCountries();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRY_ITEM__START_DATE = eINSTANCE.getRegistryItem_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTRY_ITEM__END_DATE = eINSTANCE.getRegistryItem_EndDate();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTRY_ITEM__DESCRIPTION = eINSTANCE.getRegistryItem_Description();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGISTRY_ITEM__ATTRIBUTES = eINSTANCE.getRegistryItem_Attributes();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.PlatformImpl <em>Platform</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.PlatformImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPlatform()
		 * @generated
		 */
		EClass PLATFORM = eINSTANCE.getPlatform();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.JointProjectImpl <em>Joint Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.JointProjectImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getJointProject()
		 * @generated
		 */
		EClass JOINT_PROJECT = eINSTANCE.getJointProject();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOINT_PROJECT__PARTICIPANTS = eINSTANCE.getJointProject_Participants();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOINT_PROJECT__BUDGET = eINSTANCE.getJointProject_Budget();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.InnovationEntityImpl <em>Innovation Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.InnovationEntityImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getInnovationEntity()
		 * @generated
		 */
		EClass INNOVATION_ENTITY = eINSTANCE.getInnovationEntity();

		/**
		 * The meta object literal for the '<em><b>Credit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_ENTITY__CREDIT_CODE = eINSTANCE.getInnovationEntity_CreditCode();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ExpertImpl <em>Expert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ExpertImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getExpert()
		 * @generated
		 */
		EClass EXPERT = eINSTANCE.getExpert();

		/**
		 * The meta object literal for the '<em><b>Affiliation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERT__AFFILIATION = eINSTANCE.getExpert_Affiliation();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERT__FIELD = eINSTANCE.getExpert_Field();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ConsultationImpl <em>Consultation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ConsultationImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getConsultation()
		 * @generated
		 */
		EClass CONSULTATION = eINSTANCE.getConsultation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__KIND = eINSTANCE.getConsultation_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSULTATION__TITLE = eINSTANCE.getConsultation_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSULTATION__SUMMARY = eINSTANCE.getConsultation_Summary();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__DATE = eINSTANCE.getConsultation_Date();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSULTATION__PARTICIPANTS = eINSTANCE.getConsultation_Participants();

		/**
		 * The meta object literal for the '<em><b>Participant Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__PARTICIPANT_COUNT = eINSTANCE.getConsultation_ParticipantCount();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSULTATION__COMMENTS = eINSTANCE.getConsultation_Comments();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.CommentImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__AUTHOR = eINSTANCE.getComment_Author();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '<em><b>Disposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__DISPOSITION = eINSTANCE.getComment_Disposition();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__REASON = eINSTANCE.getComment_Reason();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__CONCERNS = eINSTANCE.getComment_Concerns();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__DATE = eINSTANCE.getComment_Date();

		/**
		 * The meta object literal for the '<em><b>Clause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__CLAUSE = eINSTANCE.getComment_Clause();

		/**
		 * The meta object literal for the '<em><b>Author Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__AUTHOR_NAME = eINSTANCE.getComment_AuthorName();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__DECIDED_BY = eINSTANCE.getComment_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__DECIDED_ON = eINSTANCE.getComment_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__RATIONALE = eINSTANCE.getComment_Rationale();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.TraceLinkImpl <em>Trace Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.TraceLinkImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTraceLink()
		 * @generated
		 */
		EClass TRACE_LINK = eINSTANCE.getTraceLink();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_LINK__KIND = eINSTANCE.getTraceLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE_LINK__SOURCE = eINSTANCE.getTraceLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE_LINK__TARGET = eINSTANCE.getTraceLink_Target();

		/**
		 * The meta object literal for the '<em><b>Suspect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_LINK__SUSPECT = eINSTANCE.getTraceLink_Suspect();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE_LINK__RATIONALE = eINSTANCE.getTraceLink_Rationale();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ReportingPeriodImpl <em>Reporting Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ReportingPeriodImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getReportingPeriod()
		 * @generated
		 */
		EClass REPORTING_PERIOD = eINSTANCE.getReportingPeriod();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__KIND = eINSTANCE.getReportingPeriod_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_PERIOD__LABEL = eINSTANCE.getReportingPeriod_Label();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__START = eINSTANCE.getReportingPeriod_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__END = eINSTANCE.getReportingPeriod_End();

		/**
		 * The meta object literal for the '<em><b>Report Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__REPORT_DUE = eINSTANCE.getReportingPeriod_ReportDue();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ProgressUpdateImpl <em>Progress Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ProgressUpdateImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getProgressUpdate()
		 * @generated
		 */
		EClass PROGRESS_UPDATE = eINSTANCE.getProgressUpdate();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__TASK = eINSTANCE.getProgressUpdate_Task();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__PERIOD = eINSTANCE.getProgressUpdate_Period();

		/**
		 * The meta object literal for the '<em><b>Lead Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__LEAD_UNIT = eINSTANCE.getProgressUpdate_LeadUnit();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__DONE = eINSTANCE.getProgressUpdate_Done();

		/**
		 * The meta object literal for the '<em><b>Next Steps</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__NEXT_STEPS = eINSTANCE.getProgressUpdate_NextSteps();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__PROBLEMS = eINSTANCE.getProgressUpdate_Problems();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_UPDATE__PERCENT = eINSTANCE.getProgressUpdate_Percent();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__MILESTONE = eINSTANCE.getProgressUpdate_Milestone();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_UPDATE__STATUS = eINSTANCE.getProgressUpdate_Status();

		/**
		 * The meta object literal for the '<em><b>Task Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_UPDATE__TASK_STATUS = eINSTANCE.getProgressUpdate_TaskStatus();

		/**
		 * The meta object literal for the '<em><b>Evidence Item Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_UPDATE__EVIDENCE_ITEM_IDS = eINSTANCE.getProgressUpdate_EvidenceItemIds();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__ATTACHMENTS = eINSTANCE.getProgressUpdate_Attachments();

		/**
		 * The meta object literal for the '<em><b>Submitted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_UPDATE__SUBMITTED_BY = eINSTANCE.getProgressUpdate_SubmittedBy();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_UPDATE__SUBMITTED_AT = eINSTANCE.getProgressUpdate_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__CONTRIBUTIONS = eINSTANCE.getProgressUpdate_Contributions();

		/**
		 * The meta object literal for the '<em><b>Returns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_UPDATE__RETURNS = eINSTANCE.getProgressUpdate_Returns();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.AttachmentImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__NAME = eINSTANCE.getAttachment_Name();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__MEDIA_TYPE = eINSTANCE.getAttachment_MediaType();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__CONTENT = eINSTANCE.getAttachment_Content();

		/**
		 * The meta object literal for the '<em><b>Added At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__ADDED_AT = eINSTANCE.getAttachment_AddedAt();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ContributionImpl <em>Contribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ContributionImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getContribution()
		 * @generated
		 */
		EClass CONTRIBUTION = eINSTANCE.getContribution();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTION__UNIT = eINSTANCE.getContribution_Unit();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTION__TEXT = eINSTANCE.getContribution_Text();

		/**
		 * The meta object literal for the '<em><b>Submitted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__SUBMITTED_BY = eINSTANCE.getContribution_SubmittedBy();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTION__SUBMITTED_AT = eINSTANCE.getContribution_SubmittedAt();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ReturnForReworkImpl <em>Return For Rework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ReturnForReworkImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getReturnForRework()
		 * @generated
		 */
		EClass RETURN_FOR_REWORK = eINSTANCE.getReturnForRework();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RETURN_FOR_REWORK__REASON = eINSTANCE.getReturnForRework_Reason();

		/**
		 * The meta object literal for the '<em><b>Returned By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_FOR_REWORK__RETURNED_BY = eINSTANCE.getReturnForRework_ReturnedBy();

		/**
		 * The meta object literal for the '<em><b>Returned At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETURN_FOR_REWORK__RETURNED_AT = eINSTANCE.getReturnForRework_ReturnedAt();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl <em>Supervision Notice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.SupervisionNoticeImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getSupervisionNotice()
		 * @generated
		 */
		EClass SUPERVISION_NOTICE = eINSTANCE.getSupervisionNotice();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__NUMBER = eINSTANCE.getSupervisionNotice_Number();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__TASK = eINSTANCE.getSupervisionNotice_Task();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__ISSUE = eINSTANCE.getSupervisionNotice_Issue();

		/**
		 * The meta object literal for the '<em><b>Requirement</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__REQUIREMENT = eINSTANCE.getSupervisionNotice_Requirement();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__DUE_DATE = eINSTANCE.getSupervisionNotice_DueDate();

		/**
		 * The meta object literal for the '<em><b>Sent To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__SENT_TO = eINSTANCE.getSupervisionNotice_SentTo();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__STATUS = eINSTANCE.getSupervisionNotice_Status();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__STEPS = eINSTANCE.getSupervisionNotice_Steps();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.NoticeStepImpl <em>Notice Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.NoticeStepImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getNoticeStep()
		 * @generated
		 */
		EClass NOTICE_STEP = eINSTANCE.getNoticeStep();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE_STEP__STATUS = eINSTANCE.getNoticeStep_Status();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE_STEP__DATE = eINSTANCE.getNoticeStep_Date();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTICE_STEP__BY = eINSTANCE.getNoticeStep_By();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTICE_STEP__UNIT = eINSTANCE.getNoticeStep_Unit();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTICE_STEP__TEXT = eINSTANCE.getNoticeStep_Text();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.ExtensionRequestImpl <em>Extension Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.ExtensionRequestImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getExtensionRequest()
		 * @generated
		 */
		EClass EXTENSION_REQUEST = eINSTANCE.getExtensionRequest();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTENSION_REQUEST__TASK = eINSTANCE.getExtensionRequest_Task();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTENSION_REQUEST__REASON = eINSTANCE.getExtensionRequest_Reason();

		/**
		 * The meta object literal for the '<em><b>Original Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__ORIGINAL_DEADLINE = eINSTANCE.getExtensionRequest_OriginalDeadline();

		/**
		 * The meta object literal for the '<em><b>Proposed Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__PROPOSED_DEADLINE = eINSTANCE.getExtensionRequest_ProposedDeadline();

		/**
		 * The meta object literal for the '<em><b>Requested By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__REQUESTED_BY = eINSTANCE.getExtensionRequest_RequestedBy();

		/**
		 * The meta object literal for the '<em><b>Requested At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__REQUESTED_AT = eINSTANCE.getExtensionRequest_RequestedAt();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__DECISION = eINSTANCE.getExtensionRequest_Decision();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__DECIDED_BY = eINSTANCE.getExtensionRequest_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTENSION_REQUEST__DECIDED_AT = eINSTANCE.getExtensionRequest_DecidedAt();

		/**
		 * The meta object literal for the '<em><b>Decision Note</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTENSION_REQUEST__DECISION_NOTE = eINSTANCE.getExtensionRequest_DecisionNote();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl <em>Close Out Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.impl.CloseOutApprovalImpl
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCloseOutApproval()
		 * @generated
		 */
		EClass CLOSE_OUT_APPROVAL = eINSTANCE.getCloseOutApproval();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOSE_OUT_APPROVAL__TASK = eINSTANCE.getCloseOutApproval_Task();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOSE_OUT_APPROVAL__KIND = eINSTANCE.getCloseOutApproval_Kind();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOSE_OUT_APPROVAL__APPROVED_BY = eINSTANCE.getCloseOutApproval_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Approved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOSE_OUT_APPROVAL__APPROVED_AT = eINSTANCE.getCloseOutApproval_ApprovedAt();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOSE_OUT_APPROVAL__NOTE = eINSTANCE.getCloseOutApproval_Note();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.PlanStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.PlanStatus
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.Accumulation <em>Accumulation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.Accumulation
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getAccumulation()
		 * @generated
		 */
		EEnum ACCUMULATION = eINSTANCE.getAccumulation();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.RegistryKind <em>Registry Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.RegistryKind
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getRegistryKind()
		 * @generated
		 */
		EEnum REGISTRY_KIND = eINSTANCE.getRegistryKind();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.TaskStatus <em>Task Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.TaskStatus
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTaskStatus()
		 * @generated
		 */
		EEnum TASK_STATUS = eINSTANCE.getTaskStatus();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.OrganizationKind
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.ItemStatus <em>Item Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.ItemStatus
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getItemStatus()
		 * @generated
		 */
		EEnum ITEM_STATUS = eINSTANCE.getItemStatus();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.ConsultationKind <em>Consultation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.ConsultationKind
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getConsultationKind()
		 * @generated
		 */
		EEnum CONSULTATION_KIND = eINSTANCE.getConsultationKind();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.Disposition <em>Disposition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.Disposition
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getDisposition()
		 * @generated
		 */
		EEnum DISPOSITION = eINSTANCE.getDisposition();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.TraceKind <em>Trace Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.TraceKind
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getTraceKind()
		 * @generated
		 */
		EEnum TRACE_KIND = eINSTANCE.getTraceKind();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.ReportingPeriodKind <em>Reporting Period Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.ReportingPeriodKind
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getReportingPeriodKind()
		 * @generated
		 */
		EEnum REPORTING_PERIOD_KIND = eINSTANCE.getReportingPeriodKind();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.UpdateStatus <em>Update Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.UpdateStatus
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getUpdateStatus()
		 * @generated
		 */
		EEnum UPDATE_STATUS = eINSTANCE.getUpdateStatus();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.NoticeStatus <em>Notice Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.NoticeStatus
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getNoticeStatus()
		 * @generated
		 */
		EEnum NOTICE_STATUS = eINSTANCE.getNoticeStatus();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.ExtensionDecision <em>Extension Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.ExtensionDecision
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getExtensionDecision()
		 * @generated
		 */
		EEnum EXTENSION_DECISION = eINSTANCE.getExtensionDecision();

		/**
		 * The meta object literal for the '{@link org.planstudio.model.plan.CloseOutKind <em>Close Out Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.planstudio.model.plan.CloseOutKind
		 * @see org.planstudio.model.plan.impl.PlanPackageImpl#getCloseOutKind()
		 * @generated
		 */
		EEnum CLOSE_OUT_KIND = eINSTANCE.getCloseOutKind();

	}

} //PlanPackage
