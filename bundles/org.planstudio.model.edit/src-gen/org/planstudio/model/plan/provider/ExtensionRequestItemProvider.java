/**
 */
package org.planstudio.model.plan.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.PlanPackage;

/**
 * This is the item provider adapter for a {@link org.planstudio.model.plan.ExtensionRequest} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ExtensionRequestItemProvider extends IdentifiedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExtensionRequestItemProvider(AdapterFactory adapterFactory)
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

			addTaskPropertyDescriptor(object);
			addOriginalDeadlinePropertyDescriptor(object);
			addProposedDeadlinePropertyDescriptor(object);
			addRequestedByPropertyDescriptor(object);
			addRequestedAtPropertyDescriptor(object);
			addDecisionPropertyDescriptor(object);
			addDecidedByPropertyDescriptor(object);
			addDecidedAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Task feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaskPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_task_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_task_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__TASK,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Original Deadline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOriginalDeadlinePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_originalDeadline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_originalDeadline_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__ORIGINAL_DEADLINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Proposed Deadline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProposedDeadlinePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_proposedDeadline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_proposedDeadline_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__PROPOSED_DEADLINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Requested By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequestedByPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_requestedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_requestedBy_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__REQUESTED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Requested At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequestedAtPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_requestedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_requestedAt_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__REQUESTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_decision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_decision_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__DECISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decided By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecidedByPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_decidedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_decidedBy_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__DECIDED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decided At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecidedAtPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExtensionRequest_decidedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExtensionRequest_decidedAt_feature", "_UI_ExtensionRequest_type"),
				 PlanPackage.Literals.EXTENSION_REQUEST__DECIDED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ExtensionRequest.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ExtensionRequest"));
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
		String label = ((ExtensionRequest)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_ExtensionRequest_type") :
			getString("_UI_ExtensionRequest_type") + " " + label;
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

		switch (notification.getFeatureID(ExtensionRequest.class))
		{
			case PlanPackage.EXTENSION_REQUEST__REASON:
			case PlanPackage.EXTENSION_REQUEST__ORIGINAL_DEADLINE:
			case PlanPackage.EXTENSION_REQUEST__PROPOSED_DEADLINE:
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_BY:
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_AT:
			case PlanPackage.EXTENSION_REQUEST__DECISION:
			case PlanPackage.EXTENSION_REQUEST__DECIDED_BY:
			case PlanPackage.EXTENSION_REQUEST__DECIDED_AT:
			case PlanPackage.EXTENSION_REQUEST__DECISION_NOTE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
