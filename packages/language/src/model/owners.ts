import { AstUtils, type AstNode } from 'langium';
import { isServiceTerms, isTier, type ServiceTerms, type Tier } from '../generated/ast.js';

/**
 * The tier a clause belongs to, whether it is written in the tier itself or in one of its
 * `service <Name> { … }` blocks. Undefined only for a node outside every tier.
 */
export function tierOf(node: AstNode): Tier | undefined {
    return AstUtils.getContainerOfType(node, isTier);
}

/**
 * The service block a clause is written in; undefined for a tier-wide clause.
 * @public for the checks of service blocks, which are still to come (knip would report it unused)
 */
export function serviceBlockOf(node: AstNode): ServiceTerms | undefined {
    return AstUtils.getContainerOfType(node, isServiceTerms);
}
