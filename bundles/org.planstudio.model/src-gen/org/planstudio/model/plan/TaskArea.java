/**
 */
package org.planstudio.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.TaskArea#getNumber <em>Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.TaskArea#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.TaskArea#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getTaskArea()
 * @model
 * @generated
 */
public interface TaskArea extends Identified
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.planstudio.model.plan.PlanPackage#getTaskArea_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TaskArea#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getTaskArea_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.TaskArea#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.KeyTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getTaskArea_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyTask> getTasks();

} // TaskArea
