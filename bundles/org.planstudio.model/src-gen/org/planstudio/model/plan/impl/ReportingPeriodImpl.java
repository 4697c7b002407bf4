/**
 */
package org.planstudio.model.plan.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reporting Period</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.ReportingPeriodImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ReportingPeriodImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ReportingPeriodImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ReportingPeriodImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ReportingPeriodImpl#getReportDue <em>Report Due</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportingPeriodImpl extends IdentifiedImpl implements ReportingPeriod
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReportingPeriodKind KIND_EDEFAULT = ReportingPeriodKind.QUARTERLY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReportingPeriodKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText label;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportDue() <em>Report Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportDue()
	 * @generated
	 * @ordered
	 */
	protected static final Date REPORT_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportDue() <em>Report Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportDue()
	 * @generated
	 * @ordered
	 */
	protected Date reportDue = REPORT_DUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportingPeriodImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlanPackage.Literals.REPORTING_PERIOD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriodKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReportingPeriodKind newKind)
	{
		ReportingPeriodKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REPORTING_PERIOD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getLabel()
	{
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabel(LocalizedText newLabel, NotificationChain msgs)
	{
		LocalizedText oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.REPORTING_PERIOD__LABEL, oldLabel, newLabel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(LocalizedText newLabel)
	{
		if (newLabel != label)
		{
			NotificationChain msgs = null;
			if (label != null)
				msgs = ((InternalEObject)label).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.REPORTING_PERIOD__LABEL, null, msgs);
			if (newLabel != null)
				msgs = ((InternalEObject)newLabel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.REPORTING_PERIOD__LABEL, null, msgs);
			msgs = basicSetLabel(newLabel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REPORTING_PERIOD__LABEL, newLabel, newLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart()
	{
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart)
	{
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REPORTING_PERIOD__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd()
	{
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd)
	{
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REPORTING_PERIOD__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReportDue()
	{
		return reportDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportDue(Date newReportDue)
	{
		Date oldReportDue = reportDue;
		reportDue = newReportDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.REPORTING_PERIOD__REPORT_DUE, oldReportDue, reportDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlanPackage.REPORTING_PERIOD__LABEL:
				return basicSetLabel(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlanPackage.REPORTING_PERIOD__KIND:
				return getKind();
			case PlanPackage.REPORTING_PERIOD__LABEL:
				return getLabel();
			case PlanPackage.REPORTING_PERIOD__START:
				return getStart();
			case PlanPackage.REPORTING_PERIOD__END:
				return getEnd();
			case PlanPackage.REPORTING_PERIOD__REPORT_DUE:
				return getReportDue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.REPORTING_PERIOD__KIND:
				setKind((ReportingPeriodKind)newValue);
				return;
			case PlanPackage.REPORTING_PERIOD__LABEL:
				setLabel((LocalizedText)newValue);
				return;
			case PlanPackage.REPORTING_PERIOD__START:
				setStart((Date)newValue);
				return;
			case PlanPackage.REPORTING_PERIOD__END:
				setEnd((Date)newValue);
				return;
			case PlanPackage.REPORTING_PERIOD__REPORT_DUE:
				setReportDue((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.REPORTING_PERIOD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlanPackage.REPORTING_PERIOD__LABEL:
				setLabel((LocalizedText)null);
				return;
			case PlanPackage.REPORTING_PERIOD__START:
				setStart(START_EDEFAULT);
				return;
			case PlanPackage.REPORTING_PERIOD__END:
				setEnd(END_EDEFAULT);
				return;
			case PlanPackage.REPORTING_PERIOD__REPORT_DUE:
				setReportDue(REPORT_DUE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.REPORTING_PERIOD__KIND:
				return kind != KIND_EDEFAULT;
			case PlanPackage.REPORTING_PERIOD__LABEL:
				return label != null;
			case PlanPackage.REPORTING_PERIOD__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case PlanPackage.REPORTING_PERIOD__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case PlanPackage.REPORTING_PERIOD__REPORT_DUE:
				return REPORT_DUE_EDEFAULT == null ? reportDue != null : !REPORT_DUE_EDEFAULT.equals(reportDue);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", reportDue: ");
		result.append(reportDue);
		result.append(')');
		return result.toString();
	}

} //ReportingPeriodImpl
