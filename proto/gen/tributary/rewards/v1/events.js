/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/rewards/v1/events"] || ($protobuf.roots["tributary/rewards/v1/events"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.rewards = (function() {

        /**
         * Namespace rewards.
         * @memberof tributary
         * @namespace
         */
        const rewards = {};

        rewards.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.rewards
             * @namespace
             */
            const v1 = {};

            v1.EventNodeRegistered = (function() {

                /**
                 * Properties of an EventNodeRegistered.
                 * @memberof tributary.rewards.v1
                 * @interface IEventNodeRegistered
                 * @property {string|null} [operator] EventNodeRegistered operator
                 * @property {string|null} [roles] EventNodeRegistered roles
                 * @property {string|null} [datanetIds] EventNodeRegistered datanetIds
                 * @property {string|null} [endpoint] EventNodeRegistered endpoint
                 * @property {string|null} [bond] EventNodeRegistered bond
                 * @property {number|Long|null} [bytesServed] EventNodeRegistered bytesServed
                 */

                /**
                 * Constructs a new EventNodeRegistered.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventNodeRegistered.
                 * @implements IEventNodeRegistered
                 * @constructor
                 * @param {tributary.rewards.v1.IEventNodeRegistered=} [properties] Properties to set
                 */
                function EventNodeRegistered(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventNodeRegistered operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @instance
                 */
                EventNodeRegistered.prototype.operator = "";

                /**
                 * EventNodeRegistered roles.
                 * @member {string} roles
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @instance
                 */
                EventNodeRegistered.prototype.roles = "";

                /**
                 * EventNodeRegistered datanetIds.
                 * @member {string} datanetIds
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @instance
                 */
                EventNodeRegistered.prototype.datanetIds = "";

                /**
                 * EventNodeRegistered endpoint.
                 * @member {string} endpoint
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @instance
                 */
                EventNodeRegistered.prototype.endpoint = "";

                /**
                 * EventNodeRegistered bond.
                 * @member {string} bond
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @instance
                 */
                EventNodeRegistered.prototype.bond = "";

                /**
                 * EventNodeRegistered bytesServed.
                 * @member {number|Long} bytesServed
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @instance
                 */
                EventNodeRegistered.prototype.bytesServed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EventNodeRegistered message. Does not implicitly {@link tributary.rewards.v1.EventNodeRegistered.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @static
                 * @param {tributary.rewards.v1.IEventNodeRegistered} message EventNodeRegistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventNodeRegistered.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.roles != null && Object.hasOwnProperty.call(message, "roles"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.roles);
                    if (message.datanetIds != null && Object.hasOwnProperty.call(message, "datanetIds"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.datanetIds);
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.bond);
                    if (message.bytesServed != null && Object.hasOwnProperty.call(message, "bytesServed"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.bytesServed);
                    return writer;
                };

                /**
                 * Decodes an EventNodeRegistered message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventNodeRegistered} EventNodeRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventNodeRegistered.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventNodeRegistered();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.roles = reader.string();
                                break;
                            }
                        case 3: {
                                message.datanetIds = reader.string();
                                break;
                            }
                        case 4: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 5: {
                                message.bond = reader.string();
                                break;
                            }
                        case 6: {
                                message.bytesServed = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventNodeRegistered
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventNodeRegistered
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventNodeRegistered.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventNodeRegistered";
                };

                return EventNodeRegistered;
            })();

            v1.EventNodeUpdated = (function() {

                /**
                 * Properties of an EventNodeUpdated.
                 * @memberof tributary.rewards.v1
                 * @interface IEventNodeUpdated
                 * @property {string|null} [operator] EventNodeUpdated operator
                 * @property {string|null} [changed] EventNodeUpdated changed
                 * @property {string|null} [datanetIds] EventNodeUpdated datanetIds
                 * @property {string|null} [endpoint] EventNodeUpdated endpoint
                 * @property {string|null} [bond] EventNodeUpdated bond
                 */

                /**
                 * Constructs a new EventNodeUpdated.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventNodeUpdated.
                 * @implements IEventNodeUpdated
                 * @constructor
                 * @param {tributary.rewards.v1.IEventNodeUpdated=} [properties] Properties to set
                 */
                function EventNodeUpdated(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventNodeUpdated operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @instance
                 */
                EventNodeUpdated.prototype.operator = "";

                /**
                 * EventNodeUpdated changed.
                 * @member {string} changed
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @instance
                 */
                EventNodeUpdated.prototype.changed = "";

                /**
                 * EventNodeUpdated datanetIds.
                 * @member {string} datanetIds
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @instance
                 */
                EventNodeUpdated.prototype.datanetIds = "";

                /**
                 * EventNodeUpdated endpoint.
                 * @member {string} endpoint
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @instance
                 */
                EventNodeUpdated.prototype.endpoint = "";

                /**
                 * EventNodeUpdated bond.
                 * @member {string} bond
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @instance
                 */
                EventNodeUpdated.prototype.bond = "";

                /**
                 * Encodes the specified EventNodeUpdated message. Does not implicitly {@link tributary.rewards.v1.EventNodeUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @static
                 * @param {tributary.rewards.v1.IEventNodeUpdated} message EventNodeUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventNodeUpdated.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.changed != null && Object.hasOwnProperty.call(message, "changed"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.changed);
                    if (message.datanetIds != null && Object.hasOwnProperty.call(message, "datanetIds"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.datanetIds);
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.bond);
                    return writer;
                };

                /**
                 * Decodes an EventNodeUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventNodeUpdated} EventNodeUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventNodeUpdated.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventNodeUpdated();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.changed = reader.string();
                                break;
                            }
                        case 3: {
                                message.datanetIds = reader.string();
                                break;
                            }
                        case 4: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 5: {
                                message.bond = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventNodeUpdated
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventNodeUpdated
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventNodeUpdated.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventNodeUpdated";
                };

                return EventNodeUpdated;
            })();

            v1.EventNodeUnregistered = (function() {

                /**
                 * Properties of an EventNodeUnregistered.
                 * @memberof tributary.rewards.v1
                 * @interface IEventNodeUnregistered
                 * @property {string|null} [operator] EventNodeUnregistered operator
                 * @property {string|null} [refund] EventNodeUnregistered refund
                 * @property {number|Long|null} [completionHeight] EventNodeUnregistered completionHeight
                 */

                /**
                 * Constructs a new EventNodeUnregistered.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventNodeUnregistered.
                 * @implements IEventNodeUnregistered
                 * @constructor
                 * @param {tributary.rewards.v1.IEventNodeUnregistered=} [properties] Properties to set
                 */
                function EventNodeUnregistered(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventNodeUnregistered operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventNodeUnregistered
                 * @instance
                 */
                EventNodeUnregistered.prototype.operator = "";

                /**
                 * EventNodeUnregistered refund.
                 * @member {string} refund
                 * @memberof tributary.rewards.v1.EventNodeUnregistered
                 * @instance
                 */
                EventNodeUnregistered.prototype.refund = "";

                /**
                 * EventNodeUnregistered completionHeight.
                 * @member {number|Long} completionHeight
                 * @memberof tributary.rewards.v1.EventNodeUnregistered
                 * @instance
                 */
                EventNodeUnregistered.prototype.completionHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified EventNodeUnregistered message. Does not implicitly {@link tributary.rewards.v1.EventNodeUnregistered.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventNodeUnregistered
                 * @static
                 * @param {tributary.rewards.v1.IEventNodeUnregistered} message EventNodeUnregistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventNodeUnregistered.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.refund != null && Object.hasOwnProperty.call(message, "refund"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.refund);
                    if (message.completionHeight != null && Object.hasOwnProperty.call(message, "completionHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.completionHeight);
                    return writer;
                };

                /**
                 * Decodes an EventNodeUnregistered message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventNodeUnregistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventNodeUnregistered} EventNodeUnregistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventNodeUnregistered.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventNodeUnregistered();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.refund = reader.string();
                                break;
                            }
                        case 3: {
                                message.completionHeight = reader.int64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventNodeUnregistered
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventNodeUnregistered
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventNodeUnregistered.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventNodeUnregistered";
                };

                return EventNodeUnregistered;
            })();

            v1.EventBondRefunded = (function() {

                /**
                 * Properties of an EventBondRefunded.
                 * @memberof tributary.rewards.v1
                 * @interface IEventBondRefunded
                 * @property {string|null} [operator] EventBondRefunded operator
                 * @property {string|null} [amount] EventBondRefunded amount
                 */

                /**
                 * Constructs a new EventBondRefunded.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventBondRefunded.
                 * @implements IEventBondRefunded
                 * @constructor
                 * @param {tributary.rewards.v1.IEventBondRefunded=} [properties] Properties to set
                 */
                function EventBondRefunded(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventBondRefunded operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventBondRefunded
                 * @instance
                 */
                EventBondRefunded.prototype.operator = "";

                /**
                 * EventBondRefunded amount.
                 * @member {string} amount
                 * @memberof tributary.rewards.v1.EventBondRefunded
                 * @instance
                 */
                EventBondRefunded.prototype.amount = "";

                /**
                 * Encodes the specified EventBondRefunded message. Does not implicitly {@link tributary.rewards.v1.EventBondRefunded.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventBondRefunded
                 * @static
                 * @param {tributary.rewards.v1.IEventBondRefunded} message EventBondRefunded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventBondRefunded.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes an EventBondRefunded message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventBondRefunded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventBondRefunded} EventBondRefunded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventBondRefunded.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventBondRefunded();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventBondRefunded
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventBondRefunded
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventBondRefunded.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventBondRefunded";
                };

                return EventBondRefunded;
            })();

            v1.EventPoolFunded = (function() {

                /**
                 * Properties of an EventPoolFunded.
                 * @memberof tributary.rewards.v1
                 * @interface IEventPoolFunded
                 * @property {string|null} [source] EventPoolFunded source
                 * @property {string|null} [amount] EventPoolFunded amount
                 */

                /**
                 * Constructs a new EventPoolFunded.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventPoolFunded.
                 * @implements IEventPoolFunded
                 * @constructor
                 * @param {tributary.rewards.v1.IEventPoolFunded=} [properties] Properties to set
                 */
                function EventPoolFunded(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventPoolFunded source.
                 * @member {string} source
                 * @memberof tributary.rewards.v1.EventPoolFunded
                 * @instance
                 */
                EventPoolFunded.prototype.source = "";

                /**
                 * EventPoolFunded amount.
                 * @member {string} amount
                 * @memberof tributary.rewards.v1.EventPoolFunded
                 * @instance
                 */
                EventPoolFunded.prototype.amount = "";

                /**
                 * Encodes the specified EventPoolFunded message. Does not implicitly {@link tributary.rewards.v1.EventPoolFunded.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventPoolFunded
                 * @static
                 * @param {tributary.rewards.v1.IEventPoolFunded} message EventPoolFunded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventPoolFunded.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.source);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes an EventPoolFunded message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventPoolFunded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventPoolFunded} EventPoolFunded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventPoolFunded.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventPoolFunded();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.source = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventPoolFunded
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventPoolFunded
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventPoolFunded.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventPoolFunded";
                };

                return EventPoolFunded;
            })();

            v1.EventEpochStarted = (function() {

                /**
                 * Properties of an EventEpochStarted.
                 * @memberof tributary.rewards.v1
                 * @interface IEventEpochStarted
                 * @property {number|Long|null} [epoch] EventEpochStarted epoch
                 * @property {number|Long|null} [startHeight] EventEpochStarted startHeight
                 * @property {number|Long|null} [windowEndHeight] EventEpochStarted windowEndHeight
                 * @property {number|Long|null} [nextStartHeight] EventEpochStarted nextStartHeight
                 * @property {string|null} [seed] EventEpochStarted seed
                 * @property {number|Long|null} [nodes] EventEpochStarted nodes
                 * @property {number|Long|null} [challenges] EventEpochStarted challenges
                 */

                /**
                 * Constructs a new EventEpochStarted.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventEpochStarted.
                 * @implements IEventEpochStarted
                 * @constructor
                 * @param {tributary.rewards.v1.IEventEpochStarted=} [properties] Properties to set
                 */
                function EventEpochStarted(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventEpochStarted epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventEpochStarted startHeight.
                 * @member {number|Long} startHeight
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.startHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * EventEpochStarted windowEndHeight.
                 * @member {number|Long} windowEndHeight
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.windowEndHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * EventEpochStarted nextStartHeight.
                 * @member {number|Long} nextStartHeight
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.nextStartHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * EventEpochStarted seed.
                 * @member {string} seed
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.seed = "";

                /**
                 * EventEpochStarted nodes.
                 * @member {number|Long} nodes
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.nodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventEpochStarted challenges.
                 * @member {number|Long} challenges
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @instance
                 */
                EventEpochStarted.prototype.challenges = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EventEpochStarted message. Does not implicitly {@link tributary.rewards.v1.EventEpochStarted.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @static
                 * @param {tributary.rewards.v1.IEventEpochStarted} message EventEpochStarted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventEpochStarted.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
                    if (message.startHeight != null && Object.hasOwnProperty.call(message, "startHeight"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.startHeight);
                    if (message.windowEndHeight != null && Object.hasOwnProperty.call(message, "windowEndHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.windowEndHeight);
                    if (message.nextStartHeight != null && Object.hasOwnProperty.call(message, "nextStartHeight"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.nextStartHeight);
                    if (message.seed != null && Object.hasOwnProperty.call(message, "seed"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.seed);
                    if (message.nodes != null && Object.hasOwnProperty.call(message, "nodes"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.nodes);
                    if (message.challenges != null && Object.hasOwnProperty.call(message, "challenges"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.challenges);
                    return writer;
                };

                /**
                 * Decodes an EventEpochStarted message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventEpochStarted} EventEpochStarted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventEpochStarted.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventEpochStarted();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.startHeight = reader.int64();
                                break;
                            }
                        case 3: {
                                message.windowEndHeight = reader.int64();
                                break;
                            }
                        case 4: {
                                message.nextStartHeight = reader.int64();
                                break;
                            }
                        case 5: {
                                message.seed = reader.string();
                                break;
                            }
                        case 6: {
                                message.nodes = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.challenges = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventEpochStarted
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventEpochStarted
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventEpochStarted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventEpochStarted";
                };

                return EventEpochStarted;
            })();

            v1.EventChallenge = (function() {

                /**
                 * Properties of an EventChallenge.
                 * @memberof tributary.rewards.v1
                 * @interface IEventChallenge
                 * @property {string|null} [operator] EventChallenge operator
                 * @property {number|Long|null} [epoch] EventChallenge epoch
                 * @property {number|null} [index] EventChallenge index
                 * @property {number|Long|null} [datanetId] EventChallenge datanetId
                 * @property {number|Long|null} [contributionId] EventChallenge contributionId
                 * @property {number|null} [chunkIndex] EventChallenge chunkIndex
                 * @property {number|Long|null} [deadlineHeight] EventChallenge deadlineHeight
                 */

                /**
                 * Constructs a new EventChallenge.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventChallenge.
                 * @implements IEventChallenge
                 * @constructor
                 * @param {tributary.rewards.v1.IEventChallenge=} [properties] Properties to set
                 */
                function EventChallenge(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventChallenge operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.operator = "";

                /**
                 * EventChallenge epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventChallenge index.
                 * @member {number} index
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.index = 0;

                /**
                 * EventChallenge datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventChallenge contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventChallenge chunkIndex.
                 * @member {number} chunkIndex
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.chunkIndex = 0;

                /**
                 * EventChallenge deadlineHeight.
                 * @member {number|Long} deadlineHeight
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @instance
                 */
                EventChallenge.prototype.deadlineHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified EventChallenge message. Does not implicitly {@link tributary.rewards.v1.EventChallenge.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @static
                 * @param {tributary.rewards.v1.IEventChallenge} message EventChallenge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventChallenge.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.datanetId);
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.contributionId);
                    if (message.chunkIndex != null && Object.hasOwnProperty.call(message, "chunkIndex"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.chunkIndex);
                    if (message.deadlineHeight != null && Object.hasOwnProperty.call(message, "deadlineHeight"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.deadlineHeight);
                    return writer;
                };

                /**
                 * Decodes an EventChallenge message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventChallenge} EventChallenge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventChallenge.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventChallenge();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.index = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.chunkIndex = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.deadlineHeight = reader.int64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventChallenge
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventChallenge
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventChallenge.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventChallenge";
                };

                return EventChallenge;
            })();

            v1.EventStorageProof = (function() {

                /**
                 * Properties of an EventStorageProof.
                 * @memberof tributary.rewards.v1
                 * @interface IEventStorageProof
                 * @property {string|null} [operator] EventStorageProof operator
                 * @property {number|Long|null} [epoch] EventStorageProof epoch
                 * @property {number|null} [challengeIndex] EventStorageProof challengeIndex
                 * @property {number|Long|null} [contributionId] EventStorageProof contributionId
                 * @property {number|null} [chunkIndex] EventStorageProof chunkIndex
                 */

                /**
                 * Constructs a new EventStorageProof.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventStorageProof.
                 * @implements IEventStorageProof
                 * @constructor
                 * @param {tributary.rewards.v1.IEventStorageProof=} [properties] Properties to set
                 */
                function EventStorageProof(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventStorageProof operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @instance
                 */
                EventStorageProof.prototype.operator = "";

                /**
                 * EventStorageProof epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @instance
                 */
                EventStorageProof.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventStorageProof challengeIndex.
                 * @member {number} challengeIndex
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @instance
                 */
                EventStorageProof.prototype.challengeIndex = 0;

                /**
                 * EventStorageProof contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @instance
                 */
                EventStorageProof.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventStorageProof chunkIndex.
                 * @member {number} chunkIndex
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @instance
                 */
                EventStorageProof.prototype.chunkIndex = 0;

                /**
                 * Encodes the specified EventStorageProof message. Does not implicitly {@link tributary.rewards.v1.EventStorageProof.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @static
                 * @param {tributary.rewards.v1.IEventStorageProof} message EventStorageProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventStorageProof.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.challengeIndex != null && Object.hasOwnProperty.call(message, "challengeIndex"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.challengeIndex);
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.contributionId);
                    if (message.chunkIndex != null && Object.hasOwnProperty.call(message, "chunkIndex"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.chunkIndex);
                    return writer;
                };

                /**
                 * Decodes an EventStorageProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventStorageProof} EventStorageProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventStorageProof.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventStorageProof();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.challengeIndex = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.chunkIndex = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventStorageProof
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventStorageProof
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventStorageProof.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventStorageProof";
                };

                return EventStorageProof;
            })();

            v1.EventWindowClosed = (function() {

                /**
                 * Properties of an EventWindowClosed.
                 * @memberof tributary.rewards.v1
                 * @interface IEventWindowClosed
                 * @property {string|null} [operator] EventWindowClosed operator
                 * @property {number|Long|null} [epoch] EventWindowClosed epoch
                 * @property {number|null} [passed] EventWindowClosed passed
                 * @property {number|null} [missed] EventWindowClosed missed
                 */

                /**
                 * Constructs a new EventWindowClosed.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventWindowClosed.
                 * @implements IEventWindowClosed
                 * @constructor
                 * @param {tributary.rewards.v1.IEventWindowClosed=} [properties] Properties to set
                 */
                function EventWindowClosed(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventWindowClosed operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @instance
                 */
                EventWindowClosed.prototype.operator = "";

                /**
                 * EventWindowClosed epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @instance
                 */
                EventWindowClosed.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventWindowClosed passed.
                 * @member {number} passed
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @instance
                 */
                EventWindowClosed.prototype.passed = 0;

                /**
                 * EventWindowClosed missed.
                 * @member {number} missed
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @instance
                 */
                EventWindowClosed.prototype.missed = 0;

                /**
                 * Encodes the specified EventWindowClosed message. Does not implicitly {@link tributary.rewards.v1.EventWindowClosed.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @static
                 * @param {tributary.rewards.v1.IEventWindowClosed} message EventWindowClosed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventWindowClosed.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.passed != null && Object.hasOwnProperty.call(message, "passed"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.passed);
                    if (message.missed != null && Object.hasOwnProperty.call(message, "missed"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.missed);
                    return writer;
                };

                /**
                 * Decodes an EventWindowClosed message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventWindowClosed} EventWindowClosed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventWindowClosed.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventWindowClosed();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.passed = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.missed = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventWindowClosed
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventWindowClosed
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventWindowClosed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventWindowClosed";
                };

                return EventWindowClosed;
            })();

            v1.EventNodeSlashed = (function() {

                /**
                 * Properties of an EventNodeSlashed.
                 * @memberof tributary.rewards.v1
                 * @interface IEventNodeSlashed
                 * @property {string|null} [operator] EventNodeSlashed operator
                 * @property {number|Long|null} [epoch] EventNodeSlashed epoch
                 * @property {number|null} [missed] EventNodeSlashed missed
                 * @property {string|null} [amount] EventNodeSlashed amount
                 * @property {number|Long|null} [jailedUntilEpoch] EventNodeSlashed jailedUntilEpoch
                 */

                /**
                 * Constructs a new EventNodeSlashed.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventNodeSlashed.
                 * @implements IEventNodeSlashed
                 * @constructor
                 * @param {tributary.rewards.v1.IEventNodeSlashed=} [properties] Properties to set
                 */
                function EventNodeSlashed(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventNodeSlashed operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @instance
                 */
                EventNodeSlashed.prototype.operator = "";

                /**
                 * EventNodeSlashed epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @instance
                 */
                EventNodeSlashed.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventNodeSlashed missed.
                 * @member {number} missed
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @instance
                 */
                EventNodeSlashed.prototype.missed = 0;

                /**
                 * EventNodeSlashed amount.
                 * @member {string} amount
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @instance
                 */
                EventNodeSlashed.prototype.amount = "";

                /**
                 * EventNodeSlashed jailedUntilEpoch.
                 * @member {number|Long} jailedUntilEpoch
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @instance
                 */
                EventNodeSlashed.prototype.jailedUntilEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EventNodeSlashed message. Does not implicitly {@link tributary.rewards.v1.EventNodeSlashed.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @static
                 * @param {tributary.rewards.v1.IEventNodeSlashed} message EventNodeSlashed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventNodeSlashed.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.missed != null && Object.hasOwnProperty.call(message, "missed"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.missed);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.amount);
                    if (message.jailedUntilEpoch != null && Object.hasOwnProperty.call(message, "jailedUntilEpoch"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.jailedUntilEpoch);
                    return writer;
                };

                /**
                 * Decodes an EventNodeSlashed message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventNodeSlashed} EventNodeSlashed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventNodeSlashed.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventNodeSlashed();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.missed = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.amount = reader.string();
                                break;
                            }
                        case 5: {
                                message.jailedUntilEpoch = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventNodeSlashed
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventNodeSlashed
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventNodeSlashed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventNodeSlashed";
                };

                return EventNodeSlashed;
            })();

            v1.EventNodeReward = (function() {

                /**
                 * Properties of an EventNodeReward.
                 * @memberof tributary.rewards.v1
                 * @interface IEventNodeReward
                 * @property {string|null} [operator] EventNodeReward operator
                 * @property {number|Long|null} [epoch] EventNodeReward epoch
                 * @property {string|null} [amount] EventNodeReward amount
                 * @property {string|null} [weight] EventNodeReward weight
                 */

                /**
                 * Constructs a new EventNodeReward.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventNodeReward.
                 * @implements IEventNodeReward
                 * @constructor
                 * @param {tributary.rewards.v1.IEventNodeReward=} [properties] Properties to set
                 */
                function EventNodeReward(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventNodeReward operator.
                 * @member {string} operator
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @instance
                 */
                EventNodeReward.prototype.operator = "";

                /**
                 * EventNodeReward epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @instance
                 */
                EventNodeReward.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventNodeReward amount.
                 * @member {string} amount
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @instance
                 */
                EventNodeReward.prototype.amount = "";

                /**
                 * EventNodeReward weight.
                 * @member {string} weight
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @instance
                 */
                EventNodeReward.prototype.weight = "";

                /**
                 * Encodes the specified EventNodeReward message. Does not implicitly {@link tributary.rewards.v1.EventNodeReward.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @static
                 * @param {tributary.rewards.v1.IEventNodeReward} message EventNodeReward message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventNodeReward.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epoch);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.weight != null && Object.hasOwnProperty.call(message, "weight"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.weight);
                    return writer;
                };

                /**
                 * Decodes an EventNodeReward message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventNodeReward} EventNodeReward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventNodeReward.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventNodeReward();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        case 4: {
                                message.weight = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventNodeReward
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventNodeReward
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventNodeReward.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventNodeReward";
                };

                return EventNodeReward;
            })();

            v1.EventEpochPaid = (function() {

                /**
                 * Properties of an EventEpochPaid.
                 * @memberof tributary.rewards.v1
                 * @interface IEventEpochPaid
                 * @property {number|Long|null} [epoch] EventEpochPaid epoch
                 * @property {string|null} [pool] EventEpochPaid pool
                 * @property {string|null} [paid] EventEpochPaid paid
                 * @property {number|Long|null} [nodesPaid] EventEpochPaid nodesPaid
                 */

                /**
                 * Constructs a new EventEpochPaid.
                 * @memberof tributary.rewards.v1
                 * @classdesc Represents an EventEpochPaid.
                 * @implements IEventEpochPaid
                 * @constructor
                 * @param {tributary.rewards.v1.IEventEpochPaid=} [properties] Properties to set
                 */
                function EventEpochPaid(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventEpochPaid epoch.
                 * @member {number|Long} epoch
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @instance
                 */
                EventEpochPaid.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventEpochPaid pool.
                 * @member {string} pool
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @instance
                 */
                EventEpochPaid.prototype.pool = "";

                /**
                 * EventEpochPaid paid.
                 * @member {string} paid
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @instance
                 */
                EventEpochPaid.prototype.paid = "";

                /**
                 * EventEpochPaid nodesPaid.
                 * @member {number|Long} nodesPaid
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @instance
                 */
                EventEpochPaid.prototype.nodesPaid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EventEpochPaid message. Does not implicitly {@link tributary.rewards.v1.EventEpochPaid.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @static
                 * @param {tributary.rewards.v1.IEventEpochPaid} message EventEpochPaid message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventEpochPaid.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
                    if (message.pool != null && Object.hasOwnProperty.call(message, "pool"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pool);
                    if (message.paid != null && Object.hasOwnProperty.call(message, "paid"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.paid);
                    if (message.nodesPaid != null && Object.hasOwnProperty.call(message, "nodesPaid"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nodesPaid);
                    return writer;
                };

                /**
                 * Decodes an EventEpochPaid message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.rewards.v1.EventEpochPaid} EventEpochPaid
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventEpochPaid.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.rewards.v1.EventEpochPaid();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.pool = reader.string();
                                break;
                            }
                        case 3: {
                                message.paid = reader.string();
                                break;
                            }
                        case 4: {
                                message.nodesPaid = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventEpochPaid
                 * @function getTypeUrl
                 * @memberof tributary.rewards.v1.EventEpochPaid
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventEpochPaid.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.rewards.v1.EventEpochPaid";
                };

                return EventEpochPaid;
            })();

            return v1;
        })();

        return rewards;
    })();

    return tributary;
})();

export { $root as default };
