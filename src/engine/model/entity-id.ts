import { Matches } from 'class-validator';
import { ID_PATTERN } from '../documents/document.format';

/** class-validator rule for an entity id argument (or, with `each`, a list of them). */
export function IsEntityId(options: { each?: boolean } = {}): PropertyDecorator {
  return Matches(ID_PATTERN, {
    each: options.each,
    message: options.each ? '$property must hold entity ids (lowercase kebab-case slugs)' : '$property must be an entity id (a lowercase kebab-case slug)',
  });
}
