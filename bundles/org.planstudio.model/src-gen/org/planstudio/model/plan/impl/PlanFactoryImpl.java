/**
 */
package org.planstudio.model.plan.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.planstudio.model.plan.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanFactoryImpl extends EFactoryImpl implements PlanFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlanFactory init()
	{
		try
		{
			PlanFactory thePlanFactory = (PlanFactory)EPackage.Registry.INSTANCE.getEFactory(PlanPackage.eNS_URI);
			if (thePlanFactory != null)
			{
				return thePlanFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case PlanPackage.LOCALIZED_TEXT: return createLocalizedText();
			case PlanPackage.TRANSLATION: return createTranslation();
			case PlanPackage.PLAN: return createPlan();
			case PlanPackage.POLICY_REFERENCE: return createPolicyReference();
			case PlanPackage.CONSIDERATION: return createConsideration();
			case PlanPackage.PRINCIPLE: return createPrinciple();
			case PlanPackage.GOAL: return createGoal();
			case PlanPackage.INDICATOR: return createIndicator();
			case PlanPackage.COUNTING_RULE: return createCountingRule();
			case PlanPackage.TASK_AREA: return createTaskArea();
			case PlanPackage.KEY_TASK: return createKeyTask();
			case PlanPackage.ATTRIBUTE_VALUE: return createAttributeValue();
			case PlanPackage.SAFEGUARD: return createSafeguard();
			case PlanPackage.ORGANIZATION: return createOrganization();
			case PlanPackage.COUNTRY: return createCountry();
			case PlanPackage.PLATFORM: return createPlatform();
			case PlanPackage.JOINT_PROJECT: return createJointProject();
			case PlanPackage.INNOVATION_ENTITY: return createInnovationEntity();
			case PlanPackage.EXPERT: return createExpert();
			case PlanPackage.CONSULTATION: return createConsultation();
			case PlanPackage.COMMENT: return createComment();
			case PlanPackage.TRACE_LINK: return createTraceLink();
			case PlanPackage.REPORTING_PERIOD: return createReportingPeriod();
			case PlanPackage.PROGRESS_UPDATE: return createProgressUpdate();
			case PlanPackage.ATTACHMENT: return createAttachment();
			case PlanPackage.CONTRIBUTION: return createContribution();
			case PlanPackage.RETURN_FOR_REWORK: return createReturnForRework();
			case PlanPackage.SUPERVISION_NOTICE: return createSupervisionNotice();
			case PlanPackage.NOTICE_STEP: return createNoticeStep();
			case PlanPackage.EXTENSION_REQUEST: return createExtensionRequest();
			case PlanPackage.CLOSE_OUT_APPROVAL: return createCloseOutApproval();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case PlanPackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case PlanPackage.ACCUMULATION:
				return createAccumulationFromString(eDataType, initialValue);
			case PlanPackage.REGISTRY_KIND:
				return createRegistryKindFromString(eDataType, initialValue);
			case PlanPackage.TASK_STATUS:
				return createTaskStatusFromString(eDataType, initialValue);
			case PlanPackage.ORGANIZATION_KIND:
				return createOrganizationKindFromString(eDataType, initialValue);
			case PlanPackage.ITEM_STATUS:
				return createItemStatusFromString(eDataType, initialValue);
			case PlanPackage.CONSULTATION_KIND:
				return createConsultationKindFromString(eDataType, initialValue);
			case PlanPackage.DISPOSITION:
				return createDispositionFromString(eDataType, initialValue);
			case PlanPackage.TRACE_KIND:
				return createTraceKindFromString(eDataType, initialValue);
			case PlanPackage.REPORTING_PERIOD_KIND:
				return createReportingPeriodKindFromString(eDataType, initialValue);
			case PlanPackage.UPDATE_STATUS:
				return createUpdateStatusFromString(eDataType, initialValue);
			case PlanPackage.NOTICE_STATUS:
				return createNoticeStatusFromString(eDataType, initialValue);
			case PlanPackage.EXTENSION_DECISION:
				return createExtensionDecisionFromString(eDataType, initialValue);
			case PlanPackage.CLOSE_OUT_KIND:
				return createCloseOutKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case PlanPackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case PlanPackage.ACCUMULATION:
				return convertAccumulationToString(eDataType, instanceValue);
			case PlanPackage.REGISTRY_KIND:
				return convertRegistryKindToString(eDataType, instanceValue);
			case PlanPackage.TASK_STATUS:
				return convertTaskStatusToString(eDataType, instanceValue);
			case PlanPackage.ORGANIZATION_KIND:
				return convertOrganizationKindToString(eDataType, instanceValue);
			case PlanPackage.ITEM_STATUS:
				return convertItemStatusToString(eDataType, instanceValue);
			case PlanPackage.CONSULTATION_KIND:
				return convertConsultationKindToString(eDataType, instanceValue);
			case PlanPackage.DISPOSITION:
				return convertDispositionToString(eDataType, instanceValue);
			case PlanPackage.TRACE_KIND:
				return convertTraceKindToString(eDataType, instanceValue);
			case PlanPackage.REPORTING_PERIOD_KIND:
				return convertReportingPeriodKindToString(eDataType, instanceValue);
			case PlanPackage.UPDATE_STATUS:
				return convertUpdateStatusToString(eDataType, instanceValue);
			case PlanPackage.NOTICE_STATUS:
				return convertNoticeStatusToString(eDataType, instanceValue);
			case PlanPackage.EXTENSION_DECISION:
				return convertExtensionDecisionToString(eDataType, instanceValue);
			case PlanPackage.CLOSE_OUT_KIND:
				return convertCloseOutKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText createLocalizedText()
	{
		LocalizedTextImpl localizedText = new LocalizedTextImpl();
		return localizedText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Translation createTranslation()
	{
		TranslationImpl translation = new TranslationImpl();
		return translation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan()
	{
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyReference createPolicyReference()
	{
		PolicyReferenceImpl policyReference = new PolicyReferenceImpl();
		return policyReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consideration createConsideration()
	{
		ConsiderationImpl consideration = new ConsiderationImpl();
		return consideration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Principle createPrinciple()
	{
		PrincipleImpl principle = new PrincipleImpl();
		return principle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal()
	{
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator()
	{
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountingRule createCountingRule()
	{
		CountingRuleImpl countingRule = new CountingRuleImpl();
		return countingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskArea createTaskArea()
	{
		TaskAreaImpl taskArea = new TaskAreaImpl();
		return taskArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyTask createKeyTask()
	{
		KeyTaskImpl keyTask = new KeyTaskImpl();
		return keyTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeValue createAttributeValue()
	{
		AttributeValueImpl attributeValue = new AttributeValueImpl();
		return attributeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Safeguard createSafeguard()
	{
		SafeguardImpl safeguard = new SafeguardImpl();
		return safeguard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization()
	{
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Country createCountry()
	{
		CountryImpl country = new CountryImpl();
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Platform createPlatform()
	{
		PlatformImpl platform = new PlatformImpl();
		return platform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JointProject createJointProject()
	{
		JointProjectImpl jointProject = new JointProjectImpl();
		return jointProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationEntity createInnovationEntity()
	{
		InnovationEntityImpl innovationEntity = new InnovationEntityImpl();
		return innovationEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expert createExpert()
	{
		ExpertImpl expert = new ExpertImpl();
		return expert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consultation createConsultation()
	{
		ConsultationImpl consultation = new ConsultationImpl();
		return consultation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comment createComment()
	{
		CommentImpl comment = new CommentImpl();
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TraceLink createTraceLink()
	{
		TraceLinkImpl traceLink = new TraceLinkImpl();
		return traceLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriod createReportingPeriod()
	{
		ReportingPeriodImpl reportingPeriod = new ReportingPeriodImpl();
		return reportingPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressUpdate createProgressUpdate()
	{
		ProgressUpdateImpl progressUpdate = new ProgressUpdateImpl();
		return progressUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attachment createAttachment()
	{
		AttachmentImpl attachment = new AttachmentImpl();
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contribution createContribution()
	{
		ContributionImpl contribution = new ContributionImpl();
		return contribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReturnForRework createReturnForRework()
	{
		ReturnForReworkImpl returnForRework = new ReturnForReworkImpl();
		return returnForRework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionNotice createSupervisionNotice()
	{
		SupervisionNoticeImpl supervisionNotice = new SupervisionNoticeImpl();
		return supervisionNotice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoticeStep createNoticeStep()
	{
		NoticeStepImpl noticeStep = new NoticeStepImpl();
		return noticeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtensionRequest createExtensionRequest()
	{
		ExtensionRequestImpl extensionRequest = new ExtensionRequestImpl();
		return extensionRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloseOutApproval createCloseOutApproval()
	{
		CloseOutApprovalImpl closeOutApproval = new CloseOutApprovalImpl();
		return closeOutApproval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue)
	{
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Accumulation createAccumulationFromString(EDataType eDataType, String initialValue)
	{
		Accumulation result = Accumulation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccumulationToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegistryKind createRegistryKindFromString(EDataType eDataType, String initialValue)
	{
		RegistryKind result = RegistryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegistryKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskStatus createTaskStatusFromString(EDataType eDataType, String initialValue)
	{
		TaskStatus result = TaskStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationKind createOrganizationKindFromString(EDataType eDataType, String initialValue)
	{
		OrganizationKind result = OrganizationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemStatus createItemStatusFromString(EDataType eDataType, String initialValue)
	{
		ItemStatus result = ItemStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsultationKind createConsultationKindFromString(EDataType eDataType, String initialValue)
	{
		ConsultationKind result = ConsultationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsultationKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Disposition createDispositionFromString(EDataType eDataType, String initialValue)
	{
		Disposition result = Disposition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDispositionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TraceKind createTraceKindFromString(EDataType eDataType, String initialValue)
	{
		TraceKind result = TraceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTraceKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportingPeriodKind createReportingPeriodKindFromString(EDataType eDataType, String initialValue)
	{
		ReportingPeriodKind result = ReportingPeriodKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportingPeriodKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateStatus createUpdateStatusFromString(EDataType eDataType, String initialValue)
	{
		UpdateStatus result = UpdateStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoticeStatus createNoticeStatusFromString(EDataType eDataType, String initialValue)
	{
		NoticeStatus result = NoticeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoticeStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExtensionDecision createExtensionDecisionFromString(EDataType eDataType, String initialValue)
	{
		ExtensionDecision result = ExtensionDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExtensionDecisionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CloseOutKind createCloseOutKindFromString(EDataType eDataType, String initialValue)
	{
		CloseOutKind result = CloseOutKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCloseOutKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanPackage getPlanPackage()
	{
		return (PlanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlanPackage getPackage()
	{
		return PlanPackage.eINSTANCE;
	}

} //PlanFactoryImpl
