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

import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.ProgressUpdate;

/**
 * This is the item provider adapter for a {@link org.planstudio.model.plan.ProgressUpdate} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgressUpdateItemProvider extends IdentifiedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgressUpdateItemProvider(AdapterFactory adapterFactory)
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
			addPeriodPropertyDescriptor(object);
			addLeadUnitPropertyDescriptor(object);
			addPercentPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addTaskStatusPropertyDescriptor(object);
			addEvidenceItemIdsPropertyDescriptor(object);
			addSubmittedByPropertyDescriptor(object);
			addSubmittedAtPropertyDescriptor(object);
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
				 getString("_UI_ProgressUpdate_task_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_task_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__TASK,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_period_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_period_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__PERIOD,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lead Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadUnitPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_leadUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_leadUnit_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__LEAD_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPercentPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_percent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_percent_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_ProgressUpdate_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_status_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Task Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaskStatusPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_taskStatus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_taskStatus_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__TASK_STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence Item Ids feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidenceItemIdsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_evidenceItemIds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_evidenceItemIds_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Submitted By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubmittedByPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_submittedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_submittedBy_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__SUBMITTED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Submitted At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubmittedAtPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProgressUpdate_submittedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProgressUpdate_submittedAt_feature", "_UI_ProgressUpdate_type"),
				 PlanPackage.Literals.PROGRESS_UPDATE__SUBMITTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ProgressUpdate.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ProgressUpdate"));
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
		String label = ((ProgressUpdate)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_ProgressUpdate_type") :
			getString("_UI_ProgressUpdate_type") + " " + label;
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

		switch (notification.getFeatureID(ProgressUpdate.class))
		{
			case PlanPackage.PROGRESS_UPDATE__DONE:
			case PlanPackage.PROGRESS_UPDATE__NEXT_STEPS:
			case PlanPackage.PROGRESS_UPDATE__PROBLEMS:
			case PlanPackage.PROGRESS_UPDATE__PERCENT:
			case PlanPackage.PROGRESS_UPDATE__MILESTONE:
			case PlanPackage.PROGRESS_UPDATE__STATUS:
			case PlanPackage.PROGRESS_UPDATE__TASK_STATUS:
			case PlanPackage.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS:
			case PlanPackage.PROGRESS_UPDATE__ATTACHMENTS:
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_BY:
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_AT:
			case PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS:
			case PlanPackage.PROGRESS_UPDATE__RETURNS:
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
