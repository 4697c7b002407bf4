package org.planstudio.edit.ui;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * A dynamic Ecore model built in code, edited through EMF's reflective item providers, so the bridge is tested
 * without any generated model code.
 */
final class TestModel {

	private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;

	final EPackage ePackage = ECORE.createEPackage();
	final EEnum priorityType = ECORE.createEEnum();
	final EClass task = ECORE.createEClass();
	final EAttribute name = attribute("name", EcorePackage.Literals.ESTRING);
	final EAttribute effort = attribute("effort", EcorePackage.Literals.EINT);
	final EAttribute priority = attribute("priority", priorityType);
	final EAttribute done = attribute("done", EcorePackage.Literals.EBOOLEAN);
	final EAttribute code = attribute("code", EcorePackage.Literals.ESTRING);
	final EReference children = reference("children", true, -1);
	final EReference dependsOn = reference("dependsOn", false, 1);
	final EReference related = reference("related", false, -1);

	final ComposedAdapterFactory adapterFactory;
	final BasicCommandStack commandStack = new BasicCommandStack();
	final AdapterFactoryEditingDomain domain;
	final Resource resource = new ResourceImpl(URI.createURI("test:/plan.xmi"));
	final EObject root;

	TestModel() {
		ePackage.setName("plan");
		ePackage.setNsPrefix("plan");
		ePackage.setNsURI("http://planstudio.org/test/edit-ui");
		priorityType.setName("Priority");
		for (String literalName : List.of("LOW", "MEDIUM", "HIGH")) {
			EEnumLiteral literal = ECORE.createEEnumLiteral();
			literal.setName(literalName);
			literal.setValue(priorityType.getELiterals().size());
			priorityType.getELiterals().add(literal);
		}
		task.setName("Task");
		code.setChangeable(false);
		ePackage.getEClassifiers().add(priorityType);
		ePackage.getEClassifiers().add(task);

		adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] { new ResourceItemProviderAdapterFactory(),
				new ReflectiveItemProviderAdapterFactory() });
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		domain.getResourceSet().getResources().add(resource);
		root = task("Root");
		resource.getContents().add(root);
	}

	EObject task(String taskName) {
		EObject result = EcoreUtil.create(task);
		result.eSet(name, taskName);
		return result;
	}

	@SuppressWarnings("unchecked")
	List<EObject> children(EObject parent) {
		return (List<EObject>) parent.eGet(children);
	}

	@SuppressWarnings("unchecked")
	List<EObject> related(EObject owner) {
		return (List<EObject>) owner.eGet(related);
	}

	EEnumLiteral priority(String literal) {
		return priorityType.getEEnumLiteral(literal);
	}

	void dispose() {
		adapterFactory.dispose();
	}

	private EAttribute attribute(String featureName, EClassifier type) {
		EAttribute result = ECORE.createEAttribute();
		result.setName(featureName);
		result.setEType(type);
		task.getEStructuralFeatures().add(result);
		return result;
	}

	private EReference reference(String featureName, boolean containment, int upperBound) {
		EReference result = ECORE.createEReference();
		result.setName(featureName);
		result.setEType(task);
		result.setContainment(containment);
		result.setUpperBound(upperBound);
		task.getEStructuralFeatures().add(result);
		return result;
	}
}
