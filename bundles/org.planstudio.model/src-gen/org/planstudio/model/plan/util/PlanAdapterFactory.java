/**
 */
package org.planstudio.model.plan.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.planstudio.model.plan.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.planstudio.model.plan.PlanPackage
 * @generated
 */
public class PlanAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = PlanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanSwitch<Adapter> modelSwitch =
		new PlanSwitch<Adapter>()
		{
			@Override
			public Adapter caseIdentified(Identified object)
			{
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseLocalizedText(LocalizedText object)
			{
				return createLocalizedTextAdapter();
			}
			@Override
			public Adapter caseTranslation(Translation object)
			{
				return createTranslationAdapter();
			}
			@Override
			public Adapter casePlan(Plan object)
			{
				return createPlanAdapter();
			}
			@Override
			public Adapter casePolicyReference(PolicyReference object)
			{
				return createPolicyReferenceAdapter();
			}
			@Override
			public Adapter caseConsideration(Consideration object)
			{
				return createConsiderationAdapter();
			}
			@Override
			public Adapter casePrinciple(Principle object)
			{
				return createPrincipleAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object)
			{
				return createGoalAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object)
			{
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseCountingRule(CountingRule object)
			{
				return createCountingRuleAdapter();
			}
			@Override
			public Adapter caseTaskArea(TaskArea object)
			{
				return createTaskAreaAdapter();
			}
			@Override
			public Adapter caseKeyTask(KeyTask object)
			{
				return createKeyTaskAdapter();
			}
			@Override
			public Adapter caseAttributeValue(AttributeValue object)
			{
				return createAttributeValueAdapter();
			}
			@Override
			public Adapter caseSafeguard(Safeguard object)
			{
				return createSafeguardAdapter();
			}
			@Override
			public Adapter caseOrganization(Organization object)
			{
				return createOrganizationAdapter();
			}
			@Override
			public Adapter caseCountry(Country object)
			{
				return createCountryAdapter();
			}
			@Override
			public Adapter caseRegistryItem(RegistryItem object)
			{
				return createRegistryItemAdapter();
			}
			@Override
			public Adapter casePlatform(Platform object)
			{
				return createPlatformAdapter();
			}
			@Override
			public Adapter caseJointProject(JointProject object)
			{
				return createJointProjectAdapter();
			}
			@Override
			public Adapter caseInnovationEntity(InnovationEntity object)
			{
				return createInnovationEntityAdapter();
			}
			@Override
			public Adapter caseExpert(Expert object)
			{
				return createExpertAdapter();
			}
			@Override
			public Adapter caseConsultation(Consultation object)
			{
				return createConsultationAdapter();
			}
			@Override
			public Adapter caseComment(Comment object)
			{
				return createCommentAdapter();
			}
			@Override
			public Adapter caseTraceLink(TraceLink object)
			{
				return createTraceLinkAdapter();
			}
			@Override
			public Adapter caseReportingPeriod(ReportingPeriod object)
			{
				return createReportingPeriodAdapter();
			}
			@Override
			public Adapter caseProgressUpdate(ProgressUpdate object)
			{
				return createProgressUpdateAdapter();
			}
			@Override
			public Adapter caseAttachment(Attachment object)
			{
				return createAttachmentAdapter();
			}
			@Override
			public Adapter caseContribution(Contribution object)
			{
				return createContributionAdapter();
			}
			@Override
			public Adapter caseReturnForRework(ReturnForRework object)
			{
				return createReturnForReworkAdapter();
			}
			@Override
			public Adapter caseSupervisionNotice(SupervisionNotice object)
			{
				return createSupervisionNoticeAdapter();
			}
			@Override
			public Adapter caseNoticeStep(NoticeStep object)
			{
				return createNoticeStepAdapter();
			}
			@Override
			public Adapter caseExtensionRequest(ExtensionRequest object)
			{
				return createExtensionRequestAdapter();
			}
			@Override
			public Adapter caseCloseOutApproval(CloseOutApproval object)
			{
				return createCloseOutApprovalAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.LocalizedText
	 * @generated
	 */
	public Adapter createLocalizedTextAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Translation <em>Translation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Translation
	 * @generated
	 */
	public Adapter createTranslationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.PolicyReference <em>Policy Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.PolicyReference
	 * @generated
	 */
	public Adapter createPolicyReferenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Consideration <em>Consideration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Consideration
	 * @generated
	 */
	public Adapter createConsiderationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Principle <em>Principle</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Principle
	 * @generated
	 */
	public Adapter createPrincipleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.CountingRule <em>Counting Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.CountingRule
	 * @generated
	 */
	public Adapter createCountingRuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.TaskArea <em>Task Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.TaskArea
	 * @generated
	 */
	public Adapter createTaskAreaAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.KeyTask <em>Key Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.KeyTask
	 * @generated
	 */
	public Adapter createKeyTaskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.AttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.AttributeValue
	 * @generated
	 */
	public Adapter createAttributeValueAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Safeguard <em>Safeguard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Safeguard
	 * @generated
	 */
	public Adapter createSafeguardAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Organization
	 * @generated
	 */
	public Adapter createOrganizationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Country <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Country
	 * @generated
	 */
	public Adapter createCountryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.RegistryItem <em>Registry Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.RegistryItem
	 * @generated
	 */
	public Adapter createRegistryItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Platform <em>Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Platform
	 * @generated
	 */
	public Adapter createPlatformAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.JointProject <em>Joint Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.JointProject
	 * @generated
	 */
	public Adapter createJointProjectAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.InnovationEntity <em>Innovation Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.InnovationEntity
	 * @generated
	 */
	public Adapter createInnovationEntityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Expert <em>Expert</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Expert
	 * @generated
	 */
	public Adapter createExpertAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Consultation <em>Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Consultation
	 * @generated
	 */
	public Adapter createConsultationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Comment
	 * @generated
	 */
	public Adapter createCommentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.TraceLink <em>Trace Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.TraceLink
	 * @generated
	 */
	public Adapter createTraceLinkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.ReportingPeriod <em>Reporting Period</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.ReportingPeriod
	 * @generated
	 */
	public Adapter createReportingPeriodAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.ProgressUpdate <em>Progress Update</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.ProgressUpdate
	 * @generated
	 */
	public Adapter createProgressUpdateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Attachment
	 * @generated
	 */
	public Adapter createAttachmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.Contribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.Contribution
	 * @generated
	 */
	public Adapter createContributionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.ReturnForRework <em>Return For Rework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.ReturnForRework
	 * @generated
	 */
	public Adapter createReturnForReworkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.SupervisionNotice <em>Supervision Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.SupervisionNotice
	 * @generated
	 */
	public Adapter createSupervisionNoticeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.NoticeStep <em>Notice Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.NoticeStep
	 * @generated
	 */
	public Adapter createNoticeStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.ExtensionRequest <em>Extension Request</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.ExtensionRequest
	 * @generated
	 */
	public Adapter createExtensionRequestAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.planstudio.model.plan.CloseOutApproval <em>Close Out Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.planstudio.model.plan.CloseOutApproval
	 * @generated
	 */
	public Adapter createCloseOutApprovalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //PlanAdapterFactory
