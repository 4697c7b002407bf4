/**
 */
package org.planstudio.model.plan.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;

/**
 * This is the item provider adapter for a {@link org.planstudio.model.plan.Plan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanItemProvider extends IdentifiedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addStatusPropertyDescriptor(object);
			addStartYearPropertyDescriptor(object);
			addEndYearPropertyDescriptor(object);
			addDocumentNumberPropertyDescriptor(object);
			addIssueDatePropertyDescriptor(object);
			addIssuersPropertyDescriptor(object);
			addDerivedFromPlanIdPropertyDescriptor(object);
			addReportingKindPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_status_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartYearPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_startYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_startYear_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__START_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndYearPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_endYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_endYear_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__END_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Document Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDocumentNumberPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_documentNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_documentNumber_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__DOCUMENT_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issue Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssueDatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_issueDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_issueDate_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__ISSUE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issuers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuersPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_issuers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_issuers_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__ISSUERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Derived From Plan Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDerivedFromPlanIdPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_derivedFromPlanId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_derivedFromPlanId_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__DERIVED_FROM_PLAN_ID,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reporting Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportingKindPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_reportingKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_reportingKind_feature", "_UI_Plan_type"),
				 PlanPackage.Literals.PLAN__REPORTING_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(PlanPackage.Literals.PLAN__POLICY_REFERENCES);
			childrenFeatures.add(PlanPackage.Literals.PLAN__CONSIDERATIONS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__PRINCIPLES);
			childrenFeatures.add(PlanPackage.Literals.PLAN__GOALS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__TASK_AREAS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__SAFEGUARDS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__ORGANIZATIONS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__COUNTRIES);
			childrenFeatures.add(PlanPackage.Literals.PLAN__PLATFORMS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__JOINT_PROJECTS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__INNOVATION_ENTITIES);
			childrenFeatures.add(PlanPackage.Literals.PLAN__EXPERTS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__CONSULTATIONS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__TRACE_LINKS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Plan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Plan"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage()
	{
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((Plan)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Plan_type") :
			getString("_UI_Plan_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(Plan.class))
		{
			case PlanPackage.PLAN__TITLE:
			case PlanPackage.PLAN__SHORT_TITLE:
			case PlanPackage.PLAN__STATUS:
			case PlanPackage.PLAN__START_YEAR:
			case PlanPackage.PLAN__END_YEAR:
			case PlanPackage.PLAN__DOCUMENT_NUMBER:
			case PlanPackage.PLAN__ISSUE_DATE:
			case PlanPackage.PLAN__DERIVED_FROM_PLAN_ID:
			case PlanPackage.PLAN__GUIDING_IDEOLOGY:
			case PlanPackage.PLAN__REPORTING_KIND:
			case PlanPackage.PLAN__REPORTING_PERIODS:
			case PlanPackage.PLAN__PROGRESS_UPDATES:
			case PlanPackage.PLAN__SUPERVISION_NOTICES:
			case PlanPackage.PLAN__EXTENSION_REQUESTS:
			case PlanPackage.PLAN__CLOSE_OUT_APPROVALS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PlanPackage.PLAN__POLICY_REFERENCES:
			case PlanPackage.PLAN__CONSIDERATIONS:
			case PlanPackage.PLAN__PRINCIPLES:
			case PlanPackage.PLAN__GOALS:
			case PlanPackage.PLAN__TASK_AREAS:
			case PlanPackage.PLAN__SAFEGUARDS:
			case PlanPackage.PLAN__ORGANIZATIONS:
			case PlanPackage.PLAN__COUNTRIES:
			case PlanPackage.PLAN__PLATFORMS:
			case PlanPackage.PLAN__JOINT_PROJECTS:
			case PlanPackage.PLAN__INNOVATION_ENTITIES:
			case PlanPackage.PLAN__EXPERTS:
			case PlanPackage.PLAN__CONSULTATIONS:
			case PlanPackage.PLAN__TRACE_LINKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__POLICY_REFERENCES,
				 PlanFactory.eINSTANCE.createPolicyReference()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__CONSIDERATIONS,
				 PlanFactory.eINSTANCE.createConsideration()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__PRINCIPLES,
				 PlanFactory.eINSTANCE.createPrinciple()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__GOALS,
				 PlanFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__TASK_AREAS,
				 PlanFactory.eINSTANCE.createTaskArea()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__SAFEGUARDS,
				 PlanFactory.eINSTANCE.createSafeguard()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__ORGANIZATIONS,
				 PlanFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__COUNTRIES,
				 PlanFactory.eINSTANCE.createCountry()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__PLATFORMS,
				 PlanFactory.eINSTANCE.createPlatform()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__JOINT_PROJECTS,
				 PlanFactory.eINSTANCE.createJointProject()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__INNOVATION_ENTITIES,
				 PlanFactory.eINSTANCE.createInnovationEntity()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__EXPERTS,
				 PlanFactory.eINSTANCE.createExpert()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__CONSULTATIONS,
				 PlanFactory.eINSTANCE.createConsultation()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__TRACE_LINKS,
				 PlanFactory.eINSTANCE.createTraceLink()));
	}

}
