/**
 */
package org.planstudio.model.plan;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reporting period of the plan (a quarter by default): its first and last day and the day its progress updates are due, all calendar days in Beijing time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.ReportingPeriod#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ReportingPeriod#getLabel <em>Label</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ReportingPeriod#getStart <em>Start</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ReportingPeriod#getEnd <em>End</em>}</li>
 *   <li>{@link org.planstudio.model.plan.ReportingPeriod#getReportDue <em>Report Due</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getReportingPeriod()
 * @model
 * @generated
 */
public interface ReportingPeriod extends Identified
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.ReportingPeriodKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.ReportingPeriodKind
	 * @see #setKind(ReportingPeriodKind)
	 * @see org.planstudio.model.plan.PlanPackage#getReportingPeriod_Kind()
	 * @model
	 * @generated
	 */
	ReportingPeriodKind getKind();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReportingPeriod#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.ReportingPeriodKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReportingPeriodKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' containment reference.
	 * @see #setLabel(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getReportingPeriod_Label()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getLabel();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReportingPeriod#getLabel <em>Label</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' containment reference.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getReportingPeriod_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReportingPeriod#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getReportingPeriod_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReportingPeriod#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Report Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Report Due</em>' attribute.
	 * @see #setReportDue(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getReportingPeriod_ReportDue()
	 * @model
	 * @generated
	 */
	Date getReportDue();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.ReportingPeriod#getReportDue <em>Report Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Due</em>' attribute.
	 * @see #getReportDue()
	 * @generated
	 */
	void setReportDue(Date value);

} // ReportingPeriod
