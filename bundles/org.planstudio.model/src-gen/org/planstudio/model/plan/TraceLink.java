/**
 */
package org.planstudio.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed, first-class link: task contributes to indicator, task is guided by principle, safeguard supports task, registry item implements task, comment is about element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.TraceLink#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.TraceLink#getSource <em>Source</em>}</li>
 *   <li>{@link org.planstudio.model.plan.TraceLink#getTarget <em>Target</em>}</li>
 *   <li>{@link org.planstudio.model.plan.TraceLink#isSuspect <em>Suspect</em>}</li>
 *   <li>{@link org.planstudio.model.plan.TraceLink#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getTraceLink()
 * @model
 * @generated
 */
public interface TraceLink extends Identified
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.TraceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.TraceKind
	 * @see #setKind(TraceKind)
	 * @see org.planstudio.model.plan.PlanPackage#getTraceLink_Kind()
	 * @model
	 * @generated
	 */
	TraceKind getKind();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TraceLink#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.TraceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TraceKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Identified)
	 * @see org.planstudio.model.plan.PlanPackage#getTraceLink_Source()
	 * @model required="true"
	 * @generated
	 */
	Identified getSource();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TraceLink#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Identified value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Identified)
	 * @see org.planstudio.model.plan.PlanPackage#getTraceLink_Target()
	 * @model required="true"
	 * @generated
	 */
	Identified getTarget();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TraceLink#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Identified value);

	/**
	 * Returns the value of the '<em><b>Suspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suspect</em>' attribute.
	 * @see #setSuspect(boolean)
	 * @see org.planstudio.model.plan.PlanPackage#getTraceLink_Suspect()
	 * @model
	 * @generated
	 */
	boolean isSuspect();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TraceLink#isSuspect <em>Suspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suspect</em>' attribute.
	 * @see #isSuspect()
	 * @generated
	 */
	void setSuspect(boolean value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' containment reference.
	 * @see #setRationale(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getTraceLink_Rationale()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getRationale();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TraceLink#getRationale <em>Rationale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' containment reference.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(LocalizedText value);

} // TraceLink
