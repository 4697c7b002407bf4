/**
 */
package org.planstudio.model.plan.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Attachment;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.CloseOutApproval;
import org.planstudio.model.plan.CloseOutKind;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consideration;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Contribution;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.ExtensionDecision;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.NoticeStep;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.PolicyReference;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.plan.ReturnForRework;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.plan.Translation;
import org.planstudio.model.plan.UpdateStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanPackageImpl extends EPackageImpl implements PlanPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localizedTextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass translationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass considerationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass principleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countingRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass safeguardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registryItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass platformEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jointProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass innovationEntityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expertEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consultationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportingPeriodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass progressUpdateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attachmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass returnForReworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionNoticeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noticeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extensionRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass closeOutApprovalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accumulationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum registryKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organizationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consultationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dispositionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum traceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reportingPeriodKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum updateStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noticeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum extensionDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum closeOutKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.planstudio.model.plan.PlanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlanPackageImpl()
	{
		super(eNS_URI, PlanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PlanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlanPackage init()
	{
		if (isInited) return (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlanPackageImpl thePlanPackage = registeredPlanPackage instanceof PlanPackageImpl ? (PlanPackageImpl)registeredPlanPackage : new PlanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePlanPackage.createPackageContents();

		// Initialize created meta-data
		thePlanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePlanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, thePlanPackage);
		return thePlanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified()
	{
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id()
	{
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalizedText()
	{
		return localizedTextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizedText_Zh()
	{
		return (EAttribute)localizedTextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocalizedText_Translations()
	{
		return (EReference)localizedTextEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTranslation()
	{
		return translationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslation_Language()
	{
		return (EAttribute)translationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslation_Text()
	{
		return (EAttribute)translationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTranslation_SourceDigest()
	{
		return (EAttribute)translationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlan()
	{
		return planEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Title()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ShortTitle()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Status()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_StartYear()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_EndYear()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_DocumentNumber()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_IssueDate()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Issuers()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_DerivedFromPlanId()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_GuidingIdeology()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_PolicyReferences()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Considerations()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Principles()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Goals()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_TaskAreas()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Safeguards()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Organizations()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Countries()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Platforms()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_JointProjects()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_InnovationEntities()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Experts()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Consultations()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_TraceLinks()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_ReportingKind()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ReportingPeriods()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ProgressUpdates()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_SupervisionNotices()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ExtensionRequests()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_CloseOutApprovals()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyReference()
	{
		return policyReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReference_Title()
	{
		return (EReference)policyReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyReference_DocumentNumber()
	{
		return (EAttribute)policyReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyReference_Year()
	{
		return (EAttribute)policyReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReference_Issuer()
	{
		return (EReference)policyReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsideration()
	{
		return considerationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsideration_Number()
	{
		return (EAttribute)considerationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsideration_Title()
	{
		return (EReference)considerationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsideration_Text()
	{
		return (EReference)considerationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrinciple()
	{
		return principleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrinciple_Number()
	{
		return (EAttribute)principleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrinciple_Name()
	{
		return (EReference)principleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrinciple_Text()
	{
		return (EReference)principleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal()
	{
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Title()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Text()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_TargetYear()
	{
		return (EAttribute)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Indicators()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator()
	{
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Code()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Name()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Unit()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Baseline()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineYear()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Target()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetYear()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Accumulation()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_CountingRule()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountingRule()
	{
		return countingRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountingRule_Registry()
	{
		return (EAttribute)countingRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountingRule_ItemTypes()
	{
		return (EAttribute)countingRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountingRule_Statuses()
	{
		return (EAttribute)countingRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountingRule_WithinPlanPeriod()
	{
		return (EAttribute)countingRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountingRule_Description()
	{
		return (EReference)countingRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskArea()
	{
		return taskAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskArea_Number()
	{
		return (EAttribute)taskAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaskArea_Title()
	{
		return (EReference)taskAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaskArea_Tasks()
	{
		return (EReference)taskAreaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyTask()
	{
		return keyTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyTask_Number()
	{
		return (EAttribute)keyTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyTask_Title()
	{
		return (EReference)keyTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyTask_Text()
	{
		return (EReference)keyTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyTask_DomainId()
	{
		return (EAttribute)keyTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyTask_LeadUnits()
	{
		return (EReference)keyTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyTask_SupportingUnits()
	{
		return (EReference)keyTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyTask_Deadline()
	{
		return (EAttribute)keyTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyTask_Status()
	{
		return (EAttribute)keyTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyTask_Attributes()
	{
		return (EReference)keyTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyTask_OriginalDeadline()
	{
		return (EAttribute)keyTaskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttributeValue()
	{
		return attributeValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeValue_Key()
	{
		return (EAttribute)attributeValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeValue_Value()
	{
		return (EAttribute)attributeValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSafeguard()
	{
		return safeguardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSafeguard_Number()
	{
		return (EAttribute)safeguardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSafeguard_Title()
	{
		return (EReference)safeguardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSafeguard_Text()
	{
		return (EReference)safeguardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization()
	{
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Name()
	{
		return (EReference)organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_ShortName()
	{
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Kind()
	{
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Parent()
	{
		return (EReference)organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Country()
	{
		return (EReference)organizationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountry()
	{
		return countryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountry_Code()
	{
		return (EAttribute)countryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountry_Name()
	{
		return (EReference)countryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegistryItem()
	{
		return registryItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegistryItem_Name()
	{
		return (EReference)registryItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistryItem_Type()
	{
		return (EAttribute)registryItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistryItem_Status()
	{
		return (EAttribute)registryItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegistryItem_HostOrganization()
	{
		return (EReference)registryItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegistryItem_PartnerCountries()
	{
		return (EReference)registryItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistryItem_StartDate()
	{
		return (EAttribute)registryItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegistryItem_EndDate()
	{
		return (EAttribute)registryItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegistryItem_Description()
	{
		return (EReference)registryItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegistryItem_Attributes()
	{
		return (EReference)registryItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlatform()
	{
		return platformEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJointProject()
	{
		return jointProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJointProject_Participants()
	{
		return (EReference)jointProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJointProject_Budget()
	{
		return (EAttribute)jointProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInnovationEntity()
	{
		return innovationEntityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationEntity_CreditCode()
	{
		return (EAttribute)innovationEntityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpert()
	{
		return expertEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpert_Affiliation()
	{
		return (EAttribute)expertEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpert_Field()
	{
		return (EReference)expertEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsultation()
	{
		return consultationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Kind()
	{
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsultation_Title()
	{
		return (EReference)consultationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsultation_Summary()
	{
		return (EReference)consultationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Date()
	{
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsultation_Participants()
	{
		return (EReference)consultationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_ParticipantCount()
	{
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsultation_Comments()
	{
		return (EReference)consultationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComment()
	{
		return commentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComment_Author()
	{
		return (EReference)commentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComment_Text()
	{
		return (EReference)commentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Disposition()
	{
		return (EAttribute)commentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComment_Reason()
	{
		return (EReference)commentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComment_Concerns()
	{
		return (EReference)commentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Date()
	{
		return (EAttribute)commentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_Clause()
	{
		return (EAttribute)commentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_AuthorName()
	{
		return (EAttribute)commentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_DecidedBy()
	{
		return (EAttribute)commentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComment_DecidedOn()
	{
		return (EAttribute)commentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComment_Rationale()
	{
		return (EReference)commentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceLink()
	{
		return traceLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceLink_Kind()
	{
		return (EAttribute)traceLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraceLink_Source()
	{
		return (EReference)traceLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraceLink_Target()
	{
		return (EReference)traceLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceLink_Suspect()
	{
		return (EAttribute)traceLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraceLink_Rationale()
	{
		return (EReference)traceLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportingPeriod()
	{
		return reportingPeriodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Kind()
	{
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportingPeriod_Label()
	{
		return (EReference)reportingPeriodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Start()
	{
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_End()
	{
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_ReportDue()
	{
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgressUpdate()
	{
		return progressUpdateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Task()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Period()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_LeadUnit()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Done()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_NextSteps()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Problems()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressUpdate_Percent()
	{
		return (EAttribute)progressUpdateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Milestone()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressUpdate_Status()
	{
		return (EAttribute)progressUpdateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressUpdate_TaskStatus()
	{
		return (EAttribute)progressUpdateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressUpdate_EvidenceItemIds()
	{
		return (EAttribute)progressUpdateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Attachments()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressUpdate_SubmittedBy()
	{
		return (EAttribute)progressUpdateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressUpdate_SubmittedAt()
	{
		return (EAttribute)progressUpdateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Contributions()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressUpdate_Returns()
	{
		return (EReference)progressUpdateEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttachment()
	{
		return attachmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Name()
	{
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_MediaType()
	{
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Content()
	{
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_AddedAt()
	{
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContribution()
	{
		return contributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContribution_Unit()
	{
		return (EReference)contributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContribution_Text()
	{
		return (EReference)contributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContribution_SubmittedBy()
	{
		return (EAttribute)contributionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContribution_SubmittedAt()
	{
		return (EAttribute)contributionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReturnForRework()
	{
		return returnForReworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnForRework_Reason()
	{
		return (EReference)returnForReworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnForRework_ReturnedBy()
	{
		return (EAttribute)returnForReworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnForRework_ReturnedAt()
	{
		return (EAttribute)returnForReworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervisionNotice()
	{
		return supervisionNoticeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_Number()
	{
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_Task()
	{
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_Issue()
	{
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_Requirement()
	{
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_DueDate()
	{
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_SentTo()
	{
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_Status()
	{
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_Steps()
	{
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoticeStep()
	{
		return noticeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoticeStep_Status()
	{
		return (EAttribute)noticeStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoticeStep_Date()
	{
		return (EAttribute)noticeStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoticeStep_By()
	{
		return (EAttribute)noticeStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNoticeStep_Unit()
	{
		return (EReference)noticeStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNoticeStep_Text()
	{
		return (EReference)noticeStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtensionRequest()
	{
		return extensionRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtensionRequest_Task()
	{
		return (EReference)extensionRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtensionRequest_Reason()
	{
		return (EReference)extensionRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_OriginalDeadline()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_ProposedDeadline()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_RequestedBy()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_RequestedAt()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_Decision()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_DecidedBy()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtensionRequest_DecidedAt()
	{
		return (EAttribute)extensionRequestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtensionRequest_DecisionNote()
	{
		return (EReference)extensionRequestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCloseOutApproval()
	{
		return closeOutApprovalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloseOutApproval_Task()
	{
		return (EReference)closeOutApprovalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloseOutApproval_Kind()
	{
		return (EAttribute)closeOutApprovalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloseOutApproval_ApprovedBy()
	{
		return (EAttribute)closeOutApprovalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloseOutApproval_ApprovedAt()
	{
		return (EAttribute)closeOutApprovalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloseOutApproval_Note()
	{
		return (EReference)closeOutApprovalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus()
	{
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccumulation()
	{
		return accumulationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegistryKind()
	{
		return registryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskStatus()
	{
		return taskStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganizationKind()
	{
		return organizationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemStatus()
	{
		return itemStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsultationKind()
	{
		return consultationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisposition()
	{
		return dispositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTraceKind()
	{
		return traceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReportingPeriodKind()
	{
		return reportingPeriodKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUpdateStatus()
	{
		return updateStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoticeStatus()
	{
		return noticeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExtensionDecision()
	{
		return extensionDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCloseOutKind()
	{
		return closeOutKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanFactory getPlanFactory()
	{
		return (PlanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		localizedTextEClass = createEClass(LOCALIZED_TEXT);
		createEAttribute(localizedTextEClass, LOCALIZED_TEXT__ZH);
		createEReference(localizedTextEClass, LOCALIZED_TEXT__TRANSLATIONS);

		translationEClass = createEClass(TRANSLATION);
		createEAttribute(translationEClass, TRANSLATION__LANGUAGE);
		createEAttribute(translationEClass, TRANSLATION__TEXT);
		createEAttribute(translationEClass, TRANSLATION__SOURCE_DIGEST);

		planEClass = createEClass(PLAN);
		createEReference(planEClass, PLAN__TITLE);
		createEReference(planEClass, PLAN__SHORT_TITLE);
		createEAttribute(planEClass, PLAN__STATUS);
		createEAttribute(planEClass, PLAN__START_YEAR);
		createEAttribute(planEClass, PLAN__END_YEAR);
		createEAttribute(planEClass, PLAN__DOCUMENT_NUMBER);
		createEAttribute(planEClass, PLAN__ISSUE_DATE);
		createEReference(planEClass, PLAN__ISSUERS);
		createEAttribute(planEClass, PLAN__DERIVED_FROM_PLAN_ID);
		createEReference(planEClass, PLAN__GUIDING_IDEOLOGY);
		createEReference(planEClass, PLAN__POLICY_REFERENCES);
		createEReference(planEClass, PLAN__CONSIDERATIONS);
		createEReference(planEClass, PLAN__PRINCIPLES);
		createEReference(planEClass, PLAN__GOALS);
		createEReference(planEClass, PLAN__TASK_AREAS);
		createEReference(planEClass, PLAN__SAFEGUARDS);
		createEReference(planEClass, PLAN__ORGANIZATIONS);
		createEReference(planEClass, PLAN__COUNTRIES);
		createEReference(planEClass, PLAN__PLATFORMS);
		createEReference(planEClass, PLAN__JOINT_PROJECTS);
		createEReference(planEClass, PLAN__INNOVATION_ENTITIES);
		createEReference(planEClass, PLAN__EXPERTS);
		createEReference(planEClass, PLAN__CONSULTATIONS);
		createEReference(planEClass, PLAN__TRACE_LINKS);
		createEAttribute(planEClass, PLAN__REPORTING_KIND);
		createEReference(planEClass, PLAN__REPORTING_PERIODS);
		createEReference(planEClass, PLAN__PROGRESS_UPDATES);
		createEReference(planEClass, PLAN__SUPERVISION_NOTICES);
		createEReference(planEClass, PLAN__EXTENSION_REQUESTS);
		createEReference(planEClass, PLAN__CLOSE_OUT_APPROVALS);

		policyReferenceEClass = createEClass(POLICY_REFERENCE);
		createEReference(policyReferenceEClass, POLICY_REFERENCE__TITLE);
		createEAttribute(policyReferenceEClass, POLICY_REFERENCE__DOCUMENT_NUMBER);
		createEAttribute(policyReferenceEClass, POLICY_REFERENCE__YEAR);
		createEReference(policyReferenceEClass, POLICY_REFERENCE__ISSUER);

		considerationEClass = createEClass(CONSIDERATION);
		createEAttribute(considerationEClass, CONSIDERATION__NUMBER);
		createEReference(considerationEClass, CONSIDERATION__TITLE);
		createEReference(considerationEClass, CONSIDERATION__TEXT);

		principleEClass = createEClass(PRINCIPLE);
		createEAttribute(principleEClass, PRINCIPLE__NUMBER);
		createEReference(principleEClass, PRINCIPLE__NAME);
		createEReference(principleEClass, PRINCIPLE__TEXT);

		goalEClass = createEClass(GOAL);
		createEReference(goalEClass, GOAL__TITLE);
		createEReference(goalEClass, GOAL__TEXT);
		createEAttribute(goalEClass, GOAL__TARGET_YEAR);
		createEReference(goalEClass, GOAL__INDICATORS);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__CODE);
		createEReference(indicatorEClass, INDICATOR__NAME);
		createEReference(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_YEAR);
		createEAttribute(indicatorEClass, INDICATOR__TARGET);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_YEAR);
		createEAttribute(indicatorEClass, INDICATOR__ACCUMULATION);
		createEReference(indicatorEClass, INDICATOR__COUNTING_RULE);

		countingRuleEClass = createEClass(COUNTING_RULE);
		createEAttribute(countingRuleEClass, COUNTING_RULE__REGISTRY);
		createEAttribute(countingRuleEClass, COUNTING_RULE__ITEM_TYPES);
		createEAttribute(countingRuleEClass, COUNTING_RULE__STATUSES);
		createEAttribute(countingRuleEClass, COUNTING_RULE__WITHIN_PLAN_PERIOD);
		createEReference(countingRuleEClass, COUNTING_RULE__DESCRIPTION);

		taskAreaEClass = createEClass(TASK_AREA);
		createEAttribute(taskAreaEClass, TASK_AREA__NUMBER);
		createEReference(taskAreaEClass, TASK_AREA__TITLE);
		createEReference(taskAreaEClass, TASK_AREA__TASKS);

		keyTaskEClass = createEClass(KEY_TASK);
		createEAttribute(keyTaskEClass, KEY_TASK__NUMBER);
		createEReference(keyTaskEClass, KEY_TASK__TITLE);
		createEReference(keyTaskEClass, KEY_TASK__TEXT);
		createEAttribute(keyTaskEClass, KEY_TASK__DOMAIN_ID);
		createEReference(keyTaskEClass, KEY_TASK__LEAD_UNITS);
		createEReference(keyTaskEClass, KEY_TASK__SUPPORTING_UNITS);
		createEAttribute(keyTaskEClass, KEY_TASK__DEADLINE);
		createEAttribute(keyTaskEClass, KEY_TASK__STATUS);
		createEReference(keyTaskEClass, KEY_TASK__ATTRIBUTES);
		createEAttribute(keyTaskEClass, KEY_TASK__ORIGINAL_DEADLINE);

		attributeValueEClass = createEClass(ATTRIBUTE_VALUE);
		createEAttribute(attributeValueEClass, ATTRIBUTE_VALUE__KEY);
		createEAttribute(attributeValueEClass, ATTRIBUTE_VALUE__VALUE);

		safeguardEClass = createEClass(SAFEGUARD);
		createEAttribute(safeguardEClass, SAFEGUARD__NUMBER);
		createEReference(safeguardEClass, SAFEGUARD__TITLE);
		createEReference(safeguardEClass, SAFEGUARD__TEXT);

		organizationEClass = createEClass(ORGANIZATION);
		createEReference(organizationEClass, ORGANIZATION__NAME);
		createEAttribute(organizationEClass, ORGANIZATION__SHORT_NAME);
		createEAttribute(organizationEClass, ORGANIZATION__KIND);
		createEReference(organizationEClass, ORGANIZATION__PARENT);
		createEReference(organizationEClass, ORGANIZATION__COUNTRY);

		countryEClass = createEClass(COUNTRY);
		createEAttribute(countryEClass, COUNTRY__CODE);
		createEReference(countryEClass, COUNTRY__NAME);

		registryItemEClass = createEClass(REGISTRY_ITEM);
		createEReference(registryItemEClass, REGISTRY_ITEM__NAME);
		createEAttribute(registryItemEClass, REGISTRY_ITEM__TYPE);
		createEAttribute(registryItemEClass, REGISTRY_ITEM__STATUS);
		createEReference(registryItemEClass, REGISTRY_ITEM__HOST_ORGANIZATION);
		createEReference(registryItemEClass, REGISTRY_ITEM__PARTNER_COUNTRIES);
		createEAttribute(registryItemEClass, REGISTRY_ITEM__START_DATE);
		createEAttribute(registryItemEClass, REGISTRY_ITEM__END_DATE);
		createEReference(registryItemEClass, REGISTRY_ITEM__DESCRIPTION);
		createEReference(registryItemEClass, REGISTRY_ITEM__ATTRIBUTES);

		platformEClass = createEClass(PLATFORM);

		jointProjectEClass = createEClass(JOINT_PROJECT);
		createEReference(jointProjectEClass, JOINT_PROJECT__PARTICIPANTS);
		createEAttribute(jointProjectEClass, JOINT_PROJECT__BUDGET);

		innovationEntityEClass = createEClass(INNOVATION_ENTITY);
		createEAttribute(innovationEntityEClass, INNOVATION_ENTITY__CREDIT_CODE);

		expertEClass = createEClass(EXPERT);
		createEAttribute(expertEClass, EXPERT__AFFILIATION);
		createEReference(expertEClass, EXPERT__FIELD);

		consultationEClass = createEClass(CONSULTATION);
		createEAttribute(consultationEClass, CONSULTATION__KIND);
		createEReference(consultationEClass, CONSULTATION__TITLE);
		createEReference(consultationEClass, CONSULTATION__SUMMARY);
		createEAttribute(consultationEClass, CONSULTATION__DATE);
		createEReference(consultationEClass, CONSULTATION__PARTICIPANTS);
		createEAttribute(consultationEClass, CONSULTATION__PARTICIPANT_COUNT);
		createEReference(consultationEClass, CONSULTATION__COMMENTS);

		commentEClass = createEClass(COMMENT);
		createEReference(commentEClass, COMMENT__AUTHOR);
		createEReference(commentEClass, COMMENT__TEXT);
		createEAttribute(commentEClass, COMMENT__DISPOSITION);
		createEReference(commentEClass, COMMENT__REASON);
		createEReference(commentEClass, COMMENT__CONCERNS);
		createEAttribute(commentEClass, COMMENT__DATE);
		createEAttribute(commentEClass, COMMENT__CLAUSE);
		createEAttribute(commentEClass, COMMENT__AUTHOR_NAME);
		createEAttribute(commentEClass, COMMENT__DECIDED_BY);
		createEAttribute(commentEClass, COMMENT__DECIDED_ON);
		createEReference(commentEClass, COMMENT__RATIONALE);

		traceLinkEClass = createEClass(TRACE_LINK);
		createEAttribute(traceLinkEClass, TRACE_LINK__KIND);
		createEReference(traceLinkEClass, TRACE_LINK__SOURCE);
		createEReference(traceLinkEClass, TRACE_LINK__TARGET);
		createEAttribute(traceLinkEClass, TRACE_LINK__SUSPECT);
		createEReference(traceLinkEClass, TRACE_LINK__RATIONALE);

		reportingPeriodEClass = createEClass(REPORTING_PERIOD);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__KIND);
		createEReference(reportingPeriodEClass, REPORTING_PERIOD__LABEL);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__START);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__END);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__REPORT_DUE);

		progressUpdateEClass = createEClass(PROGRESS_UPDATE);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__TASK);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__PERIOD);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__LEAD_UNIT);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__DONE);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__NEXT_STEPS);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__PROBLEMS);
		createEAttribute(progressUpdateEClass, PROGRESS_UPDATE__PERCENT);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__MILESTONE);
		createEAttribute(progressUpdateEClass, PROGRESS_UPDATE__STATUS);
		createEAttribute(progressUpdateEClass, PROGRESS_UPDATE__TASK_STATUS);
		createEAttribute(progressUpdateEClass, PROGRESS_UPDATE__EVIDENCE_ITEM_IDS);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__ATTACHMENTS);
		createEAttribute(progressUpdateEClass, PROGRESS_UPDATE__SUBMITTED_BY);
		createEAttribute(progressUpdateEClass, PROGRESS_UPDATE__SUBMITTED_AT);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__CONTRIBUTIONS);
		createEReference(progressUpdateEClass, PROGRESS_UPDATE__RETURNS);

		attachmentEClass = createEClass(ATTACHMENT);
		createEAttribute(attachmentEClass, ATTACHMENT__NAME);
		createEAttribute(attachmentEClass, ATTACHMENT__MEDIA_TYPE);
		createEAttribute(attachmentEClass, ATTACHMENT__CONTENT);
		createEAttribute(attachmentEClass, ATTACHMENT__ADDED_AT);

		contributionEClass = createEClass(CONTRIBUTION);
		createEReference(contributionEClass, CONTRIBUTION__UNIT);
		createEReference(contributionEClass, CONTRIBUTION__TEXT);
		createEAttribute(contributionEClass, CONTRIBUTION__SUBMITTED_BY);
		createEAttribute(contributionEClass, CONTRIBUTION__SUBMITTED_AT);

		returnForReworkEClass = createEClass(RETURN_FOR_REWORK);
		createEReference(returnForReworkEClass, RETURN_FOR_REWORK__REASON);
		createEAttribute(returnForReworkEClass, RETURN_FOR_REWORK__RETURNED_BY);
		createEAttribute(returnForReworkEClass, RETURN_FOR_REWORK__RETURNED_AT);

		supervisionNoticeEClass = createEClass(SUPERVISION_NOTICE);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__NUMBER);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__TASK);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__ISSUE);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__REQUIREMENT);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__DUE_DATE);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__SENT_TO);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__STATUS);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__STEPS);

		noticeStepEClass = createEClass(NOTICE_STEP);
		createEAttribute(noticeStepEClass, NOTICE_STEP__STATUS);
		createEAttribute(noticeStepEClass, NOTICE_STEP__DATE);
		createEAttribute(noticeStepEClass, NOTICE_STEP__BY);
		createEReference(noticeStepEClass, NOTICE_STEP__UNIT);
		createEReference(noticeStepEClass, NOTICE_STEP__TEXT);

		extensionRequestEClass = createEClass(EXTENSION_REQUEST);
		createEReference(extensionRequestEClass, EXTENSION_REQUEST__TASK);
		createEReference(extensionRequestEClass, EXTENSION_REQUEST__REASON);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__ORIGINAL_DEADLINE);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__PROPOSED_DEADLINE);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__REQUESTED_BY);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__REQUESTED_AT);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__DECISION);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__DECIDED_BY);
		createEAttribute(extensionRequestEClass, EXTENSION_REQUEST__DECIDED_AT);
		createEReference(extensionRequestEClass, EXTENSION_REQUEST__DECISION_NOTE);

		closeOutApprovalEClass = createEClass(CLOSE_OUT_APPROVAL);
		createEReference(closeOutApprovalEClass, CLOSE_OUT_APPROVAL__TASK);
		createEAttribute(closeOutApprovalEClass, CLOSE_OUT_APPROVAL__KIND);
		createEAttribute(closeOutApprovalEClass, CLOSE_OUT_APPROVAL__APPROVED_BY);
		createEAttribute(closeOutApprovalEClass, CLOSE_OUT_APPROVAL__APPROVED_AT);
		createEReference(closeOutApprovalEClass, CLOSE_OUT_APPROVAL__NOTE);

		// Create enums
		planStatusEEnum = createEEnum(PLAN_STATUS);
		accumulationEEnum = createEEnum(ACCUMULATION);
		registryKindEEnum = createEEnum(REGISTRY_KIND);
		taskStatusEEnum = createEEnum(TASK_STATUS);
		organizationKindEEnum = createEEnum(ORGANIZATION_KIND);
		itemStatusEEnum = createEEnum(ITEM_STATUS);
		consultationKindEEnum = createEEnum(CONSULTATION_KIND);
		dispositionEEnum = createEEnum(DISPOSITION);
		traceKindEEnum = createEEnum(TRACE_KIND);
		reportingPeriodKindEEnum = createEEnum(REPORTING_PERIOD_KIND);
		updateStatusEEnum = createEEnum(UPDATE_STATUS);
		noticeStatusEEnum = createEEnum(NOTICE_STATUS);
		extensionDecisionEEnum = createEEnum(EXTENSION_DECISION);
		closeOutKindEEnum = createEEnum(CLOSE_OUT_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		planEClass.getESuperTypes().add(this.getIdentified());
		policyReferenceEClass.getESuperTypes().add(this.getIdentified());
		considerationEClass.getESuperTypes().add(this.getIdentified());
		principleEClass.getESuperTypes().add(this.getIdentified());
		goalEClass.getESuperTypes().add(this.getIdentified());
		indicatorEClass.getESuperTypes().add(this.getIdentified());
		taskAreaEClass.getESuperTypes().add(this.getIdentified());
		keyTaskEClass.getESuperTypes().add(this.getIdentified());
		safeguardEClass.getESuperTypes().add(this.getIdentified());
		organizationEClass.getESuperTypes().add(this.getIdentified());
		countryEClass.getESuperTypes().add(this.getIdentified());
		registryItemEClass.getESuperTypes().add(this.getIdentified());
		platformEClass.getESuperTypes().add(this.getRegistryItem());
		jointProjectEClass.getESuperTypes().add(this.getRegistryItem());
		innovationEntityEClass.getESuperTypes().add(this.getRegistryItem());
		expertEClass.getESuperTypes().add(this.getRegistryItem());
		consultationEClass.getESuperTypes().add(this.getIdentified());
		commentEClass.getESuperTypes().add(this.getIdentified());
		traceLinkEClass.getESuperTypes().add(this.getIdentified());
		reportingPeriodEClass.getESuperTypes().add(this.getIdentified());
		progressUpdateEClass.getESuperTypes().add(this.getIdentified());
		attachmentEClass.getESuperTypes().add(this.getIdentified());
		contributionEClass.getESuperTypes().add(this.getIdentified());
		returnForReworkEClass.getESuperTypes().add(this.getIdentified());
		supervisionNoticeEClass.getESuperTypes().add(this.getIdentified());
		noticeStepEClass.getESuperTypes().add(this.getIdentified());
		extensionRequestEClass.getESuperTypes().add(this.getIdentified());
		closeOutApprovalEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(localizedTextEClass, LocalizedText.class, "LocalizedText", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocalizedText_Zh(), ecorePackage.getEString(), "zh", null, 0, 1, LocalizedText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocalizedText_Translations(), this.getTranslation(), null, "translations", null, 0, -1, LocalizedText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(translationEClass, Translation.class, "Translation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTranslation_Language(), ecorePackage.getEString(), "language", null, 1, 1, Translation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranslation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Translation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTranslation_SourceDigest(), ecorePackage.getEString(), "sourceDigest", null, 0, 1, Translation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planEClass, Plan.class, "Plan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlan_Title(), this.getLocalizedText(), null, "title", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_ShortTitle(), this.getLocalizedText(), null, "shortTitle", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Status(), this.getPlanStatus(), "status", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_StartYear(), ecorePackage.getEInt(), "startYear", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_EndYear(), ecorePackage.getEInt(), "endYear", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_DocumentNumber(), ecorePackage.getEString(), "documentNumber", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_IssueDate(), ecorePackage.getEDate(), "issueDate", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Issuers(), this.getOrganization(), null, "issuers", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_DerivedFromPlanId(), ecorePackage.getEString(), "derivedFromPlanId", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_GuidingIdeology(), this.getLocalizedText(), null, "guidingIdeology", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_PolicyReferences(), this.getPolicyReference(), null, "policyReferences", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Considerations(), this.getConsideration(), null, "considerations", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Principles(), this.getPrinciple(), null, "principles", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Goals(), this.getGoal(), null, "goals", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_TaskAreas(), this.getTaskArea(), null, "taskAreas", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Safeguards(), this.getSafeguard(), null, "safeguards", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Organizations(), this.getOrganization(), null, "organizations", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Countries(), this.getCountry(), null, "countries", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Platforms(), this.getPlatform(), null, "platforms", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_JointProjects(), this.getJointProject(), null, "jointProjects", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_InnovationEntities(), this.getInnovationEntity(), null, "innovationEntities", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Experts(), this.getExpert(), null, "experts", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Consultations(), this.getConsultation(), null, "consultations", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_TraceLinks(), this.getTraceLink(), null, "traceLinks", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_ReportingKind(), this.getReportingPeriodKind(), "reportingKind", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_ReportingPeriods(), this.getReportingPeriod(), null, "reportingPeriods", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_ProgressUpdates(), this.getProgressUpdate(), null, "progressUpdates", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_SupervisionNotices(), this.getSupervisionNotice(), null, "supervisionNotices", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_ExtensionRequests(), this.getExtensionRequest(), null, "extensionRequests", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_CloseOutApprovals(), this.getCloseOutApproval(), null, "closeOutApprovals", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyReferenceEClass, PolicyReference.class, "PolicyReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPolicyReference_Title(), this.getLocalizedText(), null, "title", null, 0, 1, PolicyReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyReference_DocumentNumber(), ecorePackage.getEString(), "documentNumber", null, 0, 1, PolicyReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyReference_Year(), ecorePackage.getEInt(), "year", null, 0, 1, PolicyReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyReference_Issuer(), this.getOrganization(), null, "issuer", null, 0, 1, PolicyReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(considerationEClass, Consideration.class, "Consideration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsideration_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Consideration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsideration_Title(), this.getLocalizedText(), null, "title", null, 0, 1, Consideration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsideration_Text(), this.getLocalizedText(), null, "text", null, 0, 1, Consideration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(principleEClass, Principle.class, "Principle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPrinciple_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Principle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPrinciple_Name(), this.getLocalizedText(), null, "name", null, 0, 1, Principle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPrinciple_Text(), this.getLocalizedText(), null, "text", null, 0, 1, Principle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGoal_Title(), this.getLocalizedText(), null, "title", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_Text(), this.getLocalizedText(), null, "text", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGoal_TargetYear(), ecorePackage.getEInt(), "targetYear", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Code(), ecorePackage.getEString(), "code", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Name(), this.getLocalizedText(), null, "name", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Unit(), this.getLocalizedText(), null, "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Baseline(), ecorePackage.getEBigDecimal(), "baseline", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_BaselineYear(), ecorePackage.getEInt(), "baselineYear", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Target(), ecorePackage.getEBigDecimal(), "target", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_TargetYear(), ecorePackage.getEInt(), "targetYear", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Accumulation(), this.getAccumulation(), "accumulation", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_CountingRule(), this.getCountingRule(), null, "countingRule", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(countingRuleEClass, CountingRule.class, "CountingRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCountingRule_Registry(), this.getRegistryKind(), "registry", null, 0, 1, CountingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountingRule_ItemTypes(), ecorePackage.getEString(), "itemTypes", null, 0, -1, CountingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountingRule_Statuses(), this.getItemStatus(), "statuses", null, 0, -1, CountingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountingRule_WithinPlanPeriod(), ecorePackage.getEBoolean(), "withinPlanPeriod", "true", 0, 1, CountingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCountingRule_Description(), this.getLocalizedText(), null, "description", null, 0, 1, CountingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskAreaEClass, TaskArea.class, "TaskArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskArea_Number(), ecorePackage.getEInt(), "number", null, 0, 1, TaskArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaskArea_Title(), this.getLocalizedText(), null, "title", null, 0, 1, TaskArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaskArea_Tasks(), this.getKeyTask(), null, "tasks", null, 0, -1, TaskArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyTaskEClass, KeyTask.class, "KeyTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyTask_Number(), ecorePackage.getEInt(), "number", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyTask_Title(), this.getLocalizedText(), null, "title", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyTask_Text(), this.getLocalizedText(), null, "text", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyTask_DomainId(), ecorePackage.getEString(), "domainId", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyTask_LeadUnits(), this.getOrganization(), null, "leadUnits", null, 0, -1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyTask_SupportingUnits(), this.getOrganization(), null, "supportingUnits", null, 0, -1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyTask_Deadline(), ecorePackage.getEDate(), "deadline", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyTask_Status(), this.getTaskStatus(), "status", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyTask_Attributes(), this.getAttributeValue(), null, "attributes", null, 0, -1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyTask_OriginalDeadline(), ecorePackage.getEDate(), "originalDeadline", null, 0, 1, KeyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attributeValueEClass, AttributeValue.class, "AttributeValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttributeValue_Key(), ecorePackage.getEString(), "key", null, 1, 1, AttributeValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, AttributeValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(safeguardEClass, Safeguard.class, "Safeguard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSafeguard_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Safeguard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSafeguard_Title(), this.getLocalizedText(), null, "title", null, 0, 1, Safeguard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSafeguard_Text(), this.getLocalizedText(), null, "text", null, 0, 1, Safeguard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOrganization_Name(), this.getLocalizedText(), null, "name", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Kind(), this.getOrganizationKind(), "kind", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Parent(), this.getOrganization(), null, "parent", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Country(), this.getCountry(), null, "country", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(countryEClass, Country.class, "Country", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCountry_Code(), ecorePackage.getEString(), "code", null, 1, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCountry_Name(), this.getLocalizedText(), null, "name", null, 0, 1, Country.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registryItemEClass, RegistryItem.class, "RegistryItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegistryItem_Name(), this.getLocalizedText(), null, "name", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistryItem_Type(), ecorePackage.getEString(), "type", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistryItem_Status(), this.getItemStatus(), "status", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegistryItem_HostOrganization(), this.getOrganization(), null, "hostOrganization", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegistryItem_PartnerCountries(), this.getCountry(), null, "partnerCountries", null, 0, -1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistryItem_StartDate(), ecorePackage.getEDate(), "startDate", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegistryItem_EndDate(), ecorePackage.getEDate(), "endDate", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegistryItem_Description(), this.getLocalizedText(), null, "description", null, 0, 1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegistryItem_Attributes(), this.getAttributeValue(), null, "attributes", null, 0, -1, RegistryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(platformEClass, Platform.class, "Platform", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(jointProjectEClass, JointProject.class, "JointProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getJointProject_Participants(), this.getInnovationEntity(), null, "participants", null, 0, -1, JointProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJointProject_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, JointProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(innovationEntityEClass, InnovationEntity.class, "InnovationEntity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInnovationEntity_CreditCode(), ecorePackage.getEString(), "creditCode", null, 0, 1, InnovationEntity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expertEClass, Expert.class, "Expert", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpert_Affiliation(), ecorePackage.getEString(), "affiliation", null, 0, 1, Expert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpert_Field(), this.getLocalizedText(), null, "field", null, 0, 1, Expert.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consultationEClass, Consultation.class, "Consultation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsultation_Kind(), this.getConsultationKind(), "kind", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsultation_Title(), this.getLocalizedText(), null, "title", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsultation_Summary(), this.getLocalizedText(), null, "summary", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsultation_Participants(), this.getOrganization(), null, "participants", null, 0, -1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_ParticipantCount(), ecorePackage.getEInt(), "participantCount", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsultation_Comments(), this.getComment(), null, "comments", null, 0, -1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commentEClass, Comment.class, "Comment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getComment_Author(), this.getOrganization(), null, "author", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComment_Text(), this.getLocalizedText(), null, "text", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_Disposition(), this.getDisposition(), "disposition", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComment_Reason(), this.getLocalizedText(), null, "reason", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComment_Concerns(), this.getIdentified(), null, "concerns", null, 0, -1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_Clause(), ecorePackage.getEString(), "clause", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_AuthorName(), ecorePackage.getEString(), "authorName", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComment_DecidedOn(), ecorePackage.getEDate(), "decidedOn", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComment_Rationale(), this.getLocalizedText(), null, "rationale", null, 0, 1, Comment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceLinkEClass, TraceLink.class, "TraceLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraceLink_Kind(), this.getTraceKind(), "kind", null, 0, 1, TraceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraceLink_Source(), this.getIdentified(), null, "source", null, 1, 1, TraceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraceLink_Target(), this.getIdentified(), null, "target", null, 1, 1, TraceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceLink_Suspect(), ecorePackage.getEBoolean(), "suspect", null, 0, 1, TraceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraceLink_Rationale(), this.getLocalizedText(), null, "rationale", null, 0, 1, TraceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportingPeriodEClass, ReportingPeriod.class, "ReportingPeriod", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportingPeriod_Kind(), this.getReportingPeriodKind(), "kind", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportingPeriod_Label(), this.getLocalizedText(), null, "label", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_Start(), ecorePackage.getEDate(), "start", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_End(), ecorePackage.getEDate(), "end", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_ReportDue(), ecorePackage.getEDate(), "reportDue", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(progressUpdateEClass, ProgressUpdate.class, "ProgressUpdate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProgressUpdate_Task(), this.getKeyTask(), null, "task", null, 1, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Period(), this.getReportingPeriod(), null, "period", null, 1, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_LeadUnit(), this.getOrganization(), null, "leadUnit", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Done(), this.getLocalizedText(), null, "done", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_NextSteps(), this.getLocalizedText(), null, "nextSteps", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Problems(), this.getLocalizedText(), null, "problems", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressUpdate_Percent(), ecorePackage.getEIntegerObject(), "percent", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Milestone(), this.getLocalizedText(), null, "milestone", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressUpdate_Status(), this.getUpdateStatus(), "status", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressUpdate_TaskStatus(), this.getTaskStatus(), "taskStatus", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressUpdate_EvidenceItemIds(), ecorePackage.getEString(), "evidenceItemIds", null, 0, -1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Attachments(), this.getAttachment(), null, "attachments", null, 0, -1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressUpdate_SubmittedBy(), ecorePackage.getEString(), "submittedBy", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressUpdate_SubmittedAt(), ecorePackage.getEDate(), "submittedAt", null, 0, 1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Contributions(), this.getContribution(), null, "contributions", null, 0, -1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressUpdate_Returns(), this.getReturnForRework(), null, "returns", null, 0, -1, ProgressUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attachmentEClass, Attachment.class, "Attachment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttachment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_MediaType(), ecorePackage.getEString(), "mediaType", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_Content(), ecorePackage.getEByteArray(), "content", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttachment_AddedAt(), ecorePackage.getEDate(), "addedAt", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contributionEClass, Contribution.class, "Contribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getContribution_Unit(), this.getOrganization(), null, "unit", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContribution_Text(), this.getLocalizedText(), null, "text", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContribution_SubmittedBy(), ecorePackage.getEString(), "submittedBy", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContribution_SubmittedAt(), ecorePackage.getEDate(), "submittedAt", null, 0, 1, Contribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(returnForReworkEClass, ReturnForRework.class, "ReturnForRework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReturnForRework_Reason(), this.getLocalizedText(), null, "reason", null, 0, 1, ReturnForRework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnForRework_ReturnedBy(), ecorePackage.getEString(), "returnedBy", null, 0, 1, ReturnForRework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnForRework_ReturnedAt(), ecorePackage.getEDate(), "returnedAt", null, 0, 1, ReturnForRework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionNoticeEClass, SupervisionNotice.class, "SupervisionNotice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupervisionNotice_Number(), ecorePackage.getEString(), "number", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_Task(), this.getKeyTask(), null, "task", null, 1, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_Issue(), this.getLocalizedText(), null, "issue", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_Requirement(), this.getLocalizedText(), null, "requirement", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionNotice_DueDate(), ecorePackage.getEDate(), "dueDate", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_SentTo(), this.getOrganization(), null, "sentTo", null, 0, -1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionNotice_Status(), this.getNoticeStatus(), "status", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_Steps(), this.getNoticeStep(), null, "steps", null, 0, -1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noticeStepEClass, NoticeStep.class, "NoticeStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoticeStep_Status(), this.getNoticeStatus(), "status", null, 0, 1, NoticeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoticeStep_Date(), ecorePackage.getEDate(), "date", null, 0, 1, NoticeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoticeStep_By(), ecorePackage.getEString(), "by", null, 0, 1, NoticeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNoticeStep_Unit(), this.getOrganization(), null, "unit", null, 0, 1, NoticeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNoticeStep_Text(), this.getLocalizedText(), null, "text", null, 0, 1, NoticeStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extensionRequestEClass, ExtensionRequest.class, "ExtensionRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExtensionRequest_Task(), this.getKeyTask(), null, "task", null, 1, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtensionRequest_Reason(), this.getLocalizedText(), null, "reason", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_OriginalDeadline(), ecorePackage.getEDate(), "originalDeadline", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_ProposedDeadline(), ecorePackage.getEDate(), "proposedDeadline", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_RequestedBy(), ecorePackage.getEString(), "requestedBy", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_RequestedAt(), ecorePackage.getEDate(), "requestedAt", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_Decision(), this.getExtensionDecision(), "decision", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtensionRequest_DecidedAt(), ecorePackage.getEDate(), "decidedAt", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtensionRequest_DecisionNote(), this.getLocalizedText(), null, "decisionNote", null, 0, 1, ExtensionRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(closeOutApprovalEClass, CloseOutApproval.class, "CloseOutApproval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCloseOutApproval_Task(), this.getKeyTask(), null, "task", null, 1, 1, CloseOutApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloseOutApproval_Kind(), this.getCloseOutKind(), "kind", null, 0, 1, CloseOutApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloseOutApproval_ApprovedBy(), ecorePackage.getEString(), "approvedBy", null, 0, 1, CloseOutApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloseOutApproval_ApprovedAt(), ecorePackage.getEDate(), "approvedAt", null, 0, 1, CloseOutApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCloseOutApproval_Note(), this.getLocalizedText(), null, "note", null, 0, 1, CloseOutApproval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT_FOR_COMMENT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.FINAL);
		addEEnumLiteral(planStatusEEnum, PlanStatus.ARCHIVED);

		initEEnum(accumulationEEnum, Accumulation.class, "Accumulation");
		addEEnumLiteral(accumulationEEnum, Accumulation.CUMULATIVE);
		addEEnumLiteral(accumulationEEnum, Accumulation.ANNUAL);

		initEEnum(registryKindEEnum, RegistryKind.class, "RegistryKind");
		addEEnumLiteral(registryKindEEnum, RegistryKind.PLATFORM);
		addEEnumLiteral(registryKindEEnum, RegistryKind.JOINT_PROJECT);
		addEEnumLiteral(registryKindEEnum, RegistryKind.INNOVATION_ENTITY);
		addEEnumLiteral(registryKindEEnum, RegistryKind.EXPERT);

		initEEnum(taskStatusEEnum, TaskStatus.class, "TaskStatus");
		addEEnumLiteral(taskStatusEEnum, TaskStatus.NOT_STARTED);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.IN_PROGRESS);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.COMPLETED);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.DELAYED);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.CANCELLED);

		initEEnum(organizationKindEEnum, OrganizationKind.class, "OrganizationKind");
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.GOVERNMENT);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.DIVISION);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.THINK_TANK);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.UNIVERSITY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.RESEARCH_INSTITUTE);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.PARK);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.ENTERPRISE);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.SOCIAL_ORGANIZATION);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.INTERNATIONAL_ORGANIZATION);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.OTHER);

		initEEnum(itemStatusEEnum, ItemStatus.class, "ItemStatus");
		addEEnumLiteral(itemStatusEEnum, ItemStatus.PLANNED);
		addEEnumLiteral(itemStatusEEnum, ItemStatus.ACTIVE);
		addEEnumLiteral(itemStatusEEnum, ItemStatus.COMPLETED);
		addEEnumLiteral(itemStatusEEnum, ItemStatus.SUSPENDED);
		addEEnumLiteral(itemStatusEEnum, ItemStatus.CANCELLED);

		initEEnum(consultationKindEEnum, ConsultationKind.class, "ConsultationKind");
		addEEnumLiteral(consultationKindEEnum, ConsultationKind.STUDY);
		addEEnumLiteral(consultationKindEEnum, ConsultationKind.EXPERT_CONSULTATION);
		addEEnumLiteral(consultationKindEEnum, ConsultationKind.FIELD_RESEARCH);
		addEEnumLiteral(consultationKindEEnum, ConsultationKind.INTERNAL_REVIEW);
		addEEnumLiteral(consultationKindEEnum, ConsultationKind.PUBLIC_COMMENT);

		initEEnum(dispositionEEnum, Disposition.class, "Disposition");
		addEEnumLiteral(dispositionEEnum, Disposition.PENDING);
		addEEnumLiteral(dispositionEEnum, Disposition.ADOPTED);
		addEEnumLiteral(dispositionEEnum, Disposition.PARTIALLY_ADOPTED);
		addEEnumLiteral(dispositionEEnum, Disposition.NOT_ADOPTED);

		initEEnum(traceKindEEnum, TraceKind.class, "TraceKind");
		addEEnumLiteral(traceKindEEnum, TraceKind.CONTRIBUTES_TO);
		addEEnumLiteral(traceKindEEnum, TraceKind.GUIDED_BY);
		addEEnumLiteral(traceKindEEnum, TraceKind.SUPPORTS);
		addEEnumLiteral(traceKindEEnum, TraceKind.IMPLEMENTS);
		addEEnumLiteral(traceKindEEnum, TraceKind.ABOUT);

		initEEnum(reportingPeriodKindEEnum, ReportingPeriodKind.class, "ReportingPeriodKind");
		addEEnumLiteral(reportingPeriodKindEEnum, ReportingPeriodKind.QUARTERLY);
		addEEnumLiteral(reportingPeriodKindEEnum, ReportingPeriodKind.MONTHLY);
		addEEnumLiteral(reportingPeriodKindEEnum, ReportingPeriodKind.HALF_YEARLY);

		initEEnum(updateStatusEEnum, UpdateStatus.class, "UpdateStatus");
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.DRAFT);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.SUBMITTED);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.RETURNED);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.ACCEPTED);

		initEEnum(noticeStatusEEnum, NoticeStatus.class, "NoticeStatus");
		addEEnumLiteral(noticeStatusEEnum, NoticeStatus.ASSIGNED);
		addEEnumLiteral(noticeStatusEEnum, NoticeStatus.SIGNED);
		addEEnumLiteral(noticeStatusEEnum, NoticeStatus.ANSWERED);
		addEEnumLiteral(noticeStatusEEnum, NoticeStatus.URGED);
		addEEnumLiteral(noticeStatusEEnum, NoticeStatus.CLOSED);

		initEEnum(extensionDecisionEEnum, ExtensionDecision.class, "ExtensionDecision");
		addEEnumLiteral(extensionDecisionEEnum, ExtensionDecision.PENDING);
		addEEnumLiteral(extensionDecisionEEnum, ExtensionDecision.APPROVED);
		addEEnumLiteral(extensionDecisionEEnum, ExtensionDecision.REFUSED);

		initEEnum(closeOutKindEEnum, CloseOutKind.class, "CloseOutKind");
		addEEnumLiteral(closeOutKindEEnum, CloseOutKind.CLOSE_OUT);
		addEEnumLiteral(closeOutKindEEnum, CloseOutKind.REOPEN);

		// Create resource
		createResource(eNS_URI);
	}

} //PlanPackageImpl
