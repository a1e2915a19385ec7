/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/inference/v1/query"] || ($protobuf.roots["tributary/inference/v1/query"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.inference = (function() {

        /**
         * Namespace inference.
         * @memberof tributary
         * @namespace
         */
        const inference = {};

        inference.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.inference
             * @namespace
             */
            const v1 = {};

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#params}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {tributary.inference.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, params, $root.tributary.inference.v1.QueryParamsRequest, $root.tributary.inference.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#model}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryModelResponse} [response] QueryModelResponse
                 */

                /**
                 * Calls Model.
                 * @function model
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelRequest} request QueryModelRequest message or plain object
                 * @param {tributary.inference.v1.Query.ModelCallback} callback Node-style callback called with the error, if any, and QueryModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.model = function model(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, model, $root.tributary.inference.v1.QueryModelRequest, $root.tributary.inference.v1.QueryModelResponse, request, callback);
                }, "name", { value: "Model" });

                /**
                 * Calls Model.
                 * @function model
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelRequest} request QueryModelRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#models}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ModelsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryModelsResponse} [response] QueryModelsResponse
                 */

                /**
                 * Calls Models.
                 * @function models
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelsRequest} request QueryModelsRequest message or plain object
                 * @param {tributary.inference.v1.Query.ModelsCallback} callback Node-style callback called with the error, if any, and QueryModelsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.models = function models(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, models, $root.tributary.inference.v1.QueryModelsRequest, $root.tributary.inference.v1.QueryModelsResponse, request, callback);
                }, "name", { value: "Models" });

                /**
                 * Calls Models.
                 * @function models
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelsRequest} request QueryModelsRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryModelsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#modelsByOwner}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ModelsByOwnerCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryModelsResponse} [response] QueryModelsResponse
                 */

                /**
                 * Calls ModelsByOwner.
                 * @function modelsByOwner
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelsByOwnerRequest} request QueryModelsByOwnerRequest message or plain object
                 * @param {tributary.inference.v1.Query.ModelsByOwnerCallback} callback Node-style callback called with the error, if any, and QueryModelsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.modelsByOwner = function modelsByOwner(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, modelsByOwner, $root.tributary.inference.v1.QueryModelsByOwnerRequest, $root.tributary.inference.v1.QueryModelsResponse, request, callback);
                }, "name", { value: "ModelsByOwner" });

                /**
                 * Calls ModelsByOwner.
                 * @function modelsByOwner
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelsByOwnerRequest} request QueryModelsByOwnerRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryModelsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#modelsByDatanet}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ModelsByDatanetCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryModelsResponse} [response] QueryModelsResponse
                 */

                /**
                 * Calls ModelsByDatanet.
                 * @function modelsByDatanet
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelsByDatanetRequest} request QueryModelsByDatanetRequest message or plain object
                 * @param {tributary.inference.v1.Query.ModelsByDatanetCallback} callback Node-style callback called with the error, if any, and QueryModelsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.modelsByDatanet = function modelsByDatanet(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, modelsByDatanet, $root.tributary.inference.v1.QueryModelsByDatanetRequest, $root.tributary.inference.v1.QueryModelsResponse, request, callback);
                }, "name", { value: "ModelsByDatanet" });

                /**
                 * Calls ModelsByDatanet.
                 * @function modelsByDatanet
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryModelsByDatanetRequest} request QueryModelsByDatanetRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryModelsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#artifact}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ArtifactCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryArtifactResponse} [response] QueryArtifactResponse
                 */

                /**
                 * Calls Artifact.
                 * @function artifact
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryArtifactRequest} request QueryArtifactRequest message or plain object
                 * @param {tributary.inference.v1.Query.ArtifactCallback} callback Node-style callback called with the error, if any, and QueryArtifactResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.artifact = function artifact(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, artifact, $root.tributary.inference.v1.QueryArtifactRequest, $root.tributary.inference.v1.QueryArtifactResponse, request, callback);
                }, "name", { value: "Artifact" });

                /**
                 * Calls Artifact.
                 * @function artifact
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryArtifactRequest} request QueryArtifactRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryArtifactResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#inference}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef InferenceCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryInferenceResponse} [response] QueryInferenceResponse
                 */

                /**
                 * Calls Inference.
                 * @function inference
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryInferenceRequest} request QueryInferenceRequest message or plain object
                 * @param {tributary.inference.v1.Query.InferenceCallback} callback Node-style callback called with the error, if any, and QueryInferenceResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.inference = function inference(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, inference, $root.tributary.inference.v1.QueryInferenceRequest, $root.tributary.inference.v1.QueryInferenceResponse, request, callback);
                }, "name", { value: "Inference" });

                /**
                 * Calls Inference.
                 * @function inference
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryInferenceRequest} request QueryInferenceRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryInferenceResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#inferencesByModel}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef InferencesByModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryInferencesResponse} [response] QueryInferencesResponse
                 */

                /**
                 * Calls InferencesByModel.
                 * @function inferencesByModel
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryInferencesByModelRequest} request QueryInferencesByModelRequest message or plain object
                 * @param {tributary.inference.v1.Query.InferencesByModelCallback} callback Node-style callback called with the error, if any, and QueryInferencesResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.inferencesByModel = function inferencesByModel(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, inferencesByModel, $root.tributary.inference.v1.QueryInferencesByModelRequest, $root.tributary.inference.v1.QueryInferencesResponse, request, callback);
                }, "name", { value: "InferencesByModel" });

                /**
                 * Calls InferencesByModel.
                 * @function inferencesByModel
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryInferencesByModelRequest} request QueryInferencesByModelRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryInferencesResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#inferencesByRequester}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef InferencesByRequesterCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryInferencesResponse} [response] QueryInferencesResponse
                 */

                /**
                 * Calls InferencesByRequester.
                 * @function inferencesByRequester
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryInferencesByRequesterRequest} request QueryInferencesByRequesterRequest message or plain object
                 * @param {tributary.inference.v1.Query.InferencesByRequesterCallback} callback Node-style callback called with the error, if any, and QueryInferencesResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.inferencesByRequester = function inferencesByRequester(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, inferencesByRequester, $root.tributary.inference.v1.QueryInferencesByRequesterRequest, $root.tributary.inference.v1.QueryInferencesResponse, request, callback);
                }, "name", { value: "InferencesByRequester" });

                /**
                 * Calls InferencesByRequester.
                 * @function inferencesByRequester
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryInferencesByRequesterRequest} request QueryInferencesByRequesterRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryInferencesResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#dataPool}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef DataPoolCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryDataPoolResponse} [response] QueryDataPoolResponse
                 */

                /**
                 * Calls DataPool.
                 * @function dataPool
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryDataPoolRequest} request QueryDataPoolRequest message or plain object
                 * @param {tributary.inference.v1.Query.DataPoolCallback} callback Node-style callback called with the error, if any, and QueryDataPoolResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.dataPool = function dataPool(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, dataPool, $root.tributary.inference.v1.QueryDataPoolRequest, $root.tributary.inference.v1.QueryDataPoolResponse, request, callback);
                }, "name", { value: "DataPool" });

                /**
                 * Calls DataPool.
                 * @function dataPool
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryDataPoolRequest} request QueryDataPoolRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryDataPoolResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#claimableRewards}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef ClaimableRewardsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryClaimableRewardsResponse} [response] QueryClaimableRewardsResponse
                 */

                /**
                 * Calls ClaimableRewards.
                 * @function claimableRewards
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryClaimableRewardsRequest} request QueryClaimableRewardsRequest message or plain object
                 * @param {tributary.inference.v1.Query.ClaimableRewardsCallback} callback Node-style callback called with the error, if any, and QueryClaimableRewardsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.claimableRewards = function claimableRewards(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, claimableRewards, $root.tributary.inference.v1.QueryClaimableRewardsRequest, $root.tributary.inference.v1.QueryClaimableRewardsResponse, request, callback);
                }, "name", { value: "ClaimableRewards" });

                /**
                 * Calls ClaimableRewards.
                 * @function claimableRewards
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryClaimableRewardsRequest} request QueryClaimableRewardsRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryClaimableRewardsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Query#rewardPools}.
                 * @memberof tributary.inference.v1.Query
                 * @typedef RewardPoolsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.QueryRewardPoolsResponse} [response] QueryRewardPoolsResponse
                 */

                /**
                 * Calls RewardPools.
                 * @function rewardPools
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryRewardPoolsRequest} request QueryRewardPoolsRequest message or plain object
                 * @param {tributary.inference.v1.Query.RewardPoolsCallback} callback Node-style callback called with the error, if any, and QueryRewardPoolsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.rewardPools = function rewardPools(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, rewardPools, $root.tributary.inference.v1.QueryRewardPoolsRequest, $root.tributary.inference.v1.QueryRewardPoolsResponse, request, callback);
                }, "name", { value: "RewardPools" });

                /**
                 * Calls RewardPools.
                 * @function rewardPools
                 * @memberof tributary.inference.v1.Query
                 * @instance
                 * @param {tributary.inference.v1.IQueryRewardPoolsRequest} request QueryRewardPoolsRequest message or plain object
                 * @returns {Promise<tributary.inference.v1.QueryRewardPoolsResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link tributary.inference.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryParamsRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryParamsResponse
                 * @property {tributary.inference.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {tributary.inference.v1.IParams|null|undefined} params
                 * @memberof tributary.inference.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link tributary.inference.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryParamsResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.tributary.inference.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.tributary.inference.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryModelRequest = (function() {

                /**
                 * Properties of a QueryModelRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryModelRequest
                 * @property {number|Long|null} [id] QueryModelRequest id
                 */

                /**
                 * Constructs a new QueryModelRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryModelRequest.
                 * @implements IQueryModelRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryModelRequest=} [properties] Properties to set
                 */
                function QueryModelRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelRequest id.
                 * @member {number|Long} id
                 * @memberof tributary.inference.v1.QueryModelRequest
                 * @instance
                 */
                QueryModelRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryModelRequest message. Does not implicitly {@link tributary.inference.v1.QueryModelRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryModelRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryModelRequest} message QueryModelRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryModelRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryModelRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryModelRequest} QueryModelRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryModelRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
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
                 * Gets the default type url for QueryModelRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryModelRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryModelRequest";
                };

                return QueryModelRequest;
            })();

            v1.QueryModelResponse = (function() {

                /**
                 * Properties of a QueryModelResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryModelResponse
                 * @property {tributary.inference.v1.IModel|null} [model] QueryModelResponse model
                 */

                /**
                 * Constructs a new QueryModelResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryModelResponse.
                 * @implements IQueryModelResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryModelResponse=} [properties] Properties to set
                 */
                function QueryModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelResponse model.
                 * @member {tributary.inference.v1.IModel|null|undefined} model
                 * @memberof tributary.inference.v1.QueryModelResponse
                 * @instance
                 */
                QueryModelResponse.prototype.model = null;

                /**
                 * Encodes the specified QueryModelResponse message. Does not implicitly {@link tributary.inference.v1.QueryModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryModelResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryModelResponse} message QueryModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        $root.tributary.inference.v1.Model.encode(message.model, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryModelResponse} QueryModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.model = $root.tributary.inference.v1.Model.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryModelResponse";
                };

                return QueryModelResponse;
            })();

            v1.QueryModelsRequest = (function() {

                /**
                 * Properties of a QueryModelsRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryModelsRequest
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryModelsRequest pagination
                 */

                /**
                 * Constructs a new QueryModelsRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryModelsRequest.
                 * @implements IQueryModelsRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryModelsRequest=} [properties] Properties to set
                 */
                function QueryModelsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelsRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryModelsRequest
                 * @instance
                 */
                QueryModelsRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryModelsRequest message. Does not implicitly {@link tributary.inference.v1.QueryModelsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryModelsRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryModelsRequest} message QueryModelsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryModelsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryModelsRequest} QueryModelsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryModelsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelsRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryModelsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryModelsRequest";
                };

                return QueryModelsRequest;
            })();

            v1.QueryModelsByOwnerRequest = (function() {

                /**
                 * Properties of a QueryModelsByOwnerRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryModelsByOwnerRequest
                 * @property {string|null} [owner] QueryModelsByOwnerRequest owner
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryModelsByOwnerRequest pagination
                 */

                /**
                 * Constructs a new QueryModelsByOwnerRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryModelsByOwnerRequest.
                 * @implements IQueryModelsByOwnerRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryModelsByOwnerRequest=} [properties] Properties to set
                 */
                function QueryModelsByOwnerRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelsByOwnerRequest owner.
                 * @member {string} owner
                 * @memberof tributary.inference.v1.QueryModelsByOwnerRequest
                 * @instance
                 */
                QueryModelsByOwnerRequest.prototype.owner = "";

                /**
                 * QueryModelsByOwnerRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryModelsByOwnerRequest
                 * @instance
                 */
                QueryModelsByOwnerRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryModelsByOwnerRequest message. Does not implicitly {@link tributary.inference.v1.QueryModelsByOwnerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryModelsByOwnerRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryModelsByOwnerRequest} message QueryModelsByOwnerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelsByOwnerRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelsByOwnerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryModelsByOwnerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryModelsByOwnerRequest} QueryModelsByOwnerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelsByOwnerRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryModelsByOwnerRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelsByOwnerRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryModelsByOwnerRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelsByOwnerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryModelsByOwnerRequest";
                };

                return QueryModelsByOwnerRequest;
            })();

            v1.QueryModelsByDatanetRequest = (function() {

                /**
                 * Properties of a QueryModelsByDatanetRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryModelsByDatanetRequest
                 * @property {number|Long|null} [datanetId] QueryModelsByDatanetRequest datanetId
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryModelsByDatanetRequest pagination
                 */

                /**
                 * Constructs a new QueryModelsByDatanetRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryModelsByDatanetRequest.
                 * @implements IQueryModelsByDatanetRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryModelsByDatanetRequest=} [properties] Properties to set
                 */
                function QueryModelsByDatanetRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelsByDatanetRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.inference.v1.QueryModelsByDatanetRequest
                 * @instance
                 */
                QueryModelsByDatanetRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryModelsByDatanetRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryModelsByDatanetRequest
                 * @instance
                 */
                QueryModelsByDatanetRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryModelsByDatanetRequest message. Does not implicitly {@link tributary.inference.v1.QueryModelsByDatanetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryModelsByDatanetRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryModelsByDatanetRequest} message QueryModelsByDatanetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelsByDatanetRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelsByDatanetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryModelsByDatanetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryModelsByDatanetRequest} QueryModelsByDatanetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelsByDatanetRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryModelsByDatanetRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelsByDatanetRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryModelsByDatanetRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelsByDatanetRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryModelsByDatanetRequest";
                };

                return QueryModelsByDatanetRequest;
            })();

            v1.QueryModelsResponse = (function() {

                /**
                 * Properties of a QueryModelsResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryModelsResponse
                 * @property {Array.<tributary.inference.v1.IModel>|null} [models] QueryModelsResponse models
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryModelsResponse pagination
                 */

                /**
                 * Constructs a new QueryModelsResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryModelsResponse.
                 * @implements IQueryModelsResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryModelsResponse=} [properties] Properties to set
                 */
                function QueryModelsResponse(properties) {
                    this.models = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelsResponse models.
                 * @member {Array.<tributary.inference.v1.IModel>} models
                 * @memberof tributary.inference.v1.QueryModelsResponse
                 * @instance
                 */
                QueryModelsResponse.prototype.models = $util.emptyArray;

                /**
                 * QueryModelsResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryModelsResponse
                 * @instance
                 */
                QueryModelsResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryModelsResponse message. Does not implicitly {@link tributary.inference.v1.QueryModelsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryModelsResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryModelsResponse} message QueryModelsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            $root.tributary.inference.v1.Model.encode(message.models[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryModelsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryModelsResponse} QueryModelsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryModelsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push($root.tributary.inference.v1.Model.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelsResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryModelsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryModelsResponse";
                };

                return QueryModelsResponse;
            })();

            v1.QueryArtifactRequest = (function() {

                /**
                 * Properties of a QueryArtifactRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryArtifactRequest
                 * @property {Uint8Array|null} [hash] QueryArtifactRequest hash
                 */

                /**
                 * Constructs a new QueryArtifactRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryArtifactRequest.
                 * @implements IQueryArtifactRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryArtifactRequest=} [properties] Properties to set
                 */
                function QueryArtifactRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryArtifactRequest hash.
                 * @member {Uint8Array} hash
                 * @memberof tributary.inference.v1.QueryArtifactRequest
                 * @instance
                 */
                QueryArtifactRequest.prototype.hash = $util.newBuffer([]);

                /**
                 * Encodes the specified QueryArtifactRequest message. Does not implicitly {@link tributary.inference.v1.QueryArtifactRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryArtifactRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryArtifactRequest} message QueryArtifactRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryArtifactRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.hash);
                    return writer;
                };

                /**
                 * Decodes a QueryArtifactRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryArtifactRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryArtifactRequest} QueryArtifactRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryArtifactRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryArtifactRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.hash = reader.bytes();
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
                 * Gets the default type url for QueryArtifactRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryArtifactRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryArtifactRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryArtifactRequest";
                };

                return QueryArtifactRequest;
            })();

            v1.QueryArtifactResponse = (function() {

                /**
                 * Properties of a QueryArtifactResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryArtifactResponse
                 * @property {Uint8Array|null} [artifact] QueryArtifactResponse artifact
                 */

                /**
                 * Constructs a new QueryArtifactResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryArtifactResponse.
                 * @implements IQueryArtifactResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryArtifactResponse=} [properties] Properties to set
                 */
                function QueryArtifactResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryArtifactResponse artifact.
                 * @member {Uint8Array} artifact
                 * @memberof tributary.inference.v1.QueryArtifactResponse
                 * @instance
                 */
                QueryArtifactResponse.prototype.artifact = $util.newBuffer([]);

                /**
                 * Encodes the specified QueryArtifactResponse message. Does not implicitly {@link tributary.inference.v1.QueryArtifactResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryArtifactResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryArtifactResponse} message QueryArtifactResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryArtifactResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.artifact != null && Object.hasOwnProperty.call(message, "artifact"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.artifact);
                    return writer;
                };

                /**
                 * Decodes a QueryArtifactResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryArtifactResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryArtifactResponse} QueryArtifactResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryArtifactResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryArtifactResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.artifact = reader.bytes();
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
                 * Gets the default type url for QueryArtifactResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryArtifactResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryArtifactResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryArtifactResponse";
                };

                return QueryArtifactResponse;
            })();

            v1.QueryInferenceRequest = (function() {

                /**
                 * Properties of a QueryInferenceRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryInferenceRequest
                 * @property {number|Long|null} [id] QueryInferenceRequest id
                 */

                /**
                 * Constructs a new QueryInferenceRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryInferenceRequest.
                 * @implements IQueryInferenceRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryInferenceRequest=} [properties] Properties to set
                 */
                function QueryInferenceRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryInferenceRequest id.
                 * @member {number|Long} id
                 * @memberof tributary.inference.v1.QueryInferenceRequest
                 * @instance
                 */
                QueryInferenceRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryInferenceRequest message. Does not implicitly {@link tributary.inference.v1.QueryInferenceRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryInferenceRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryInferenceRequest} message QueryInferenceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInferenceRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryInferenceRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryInferenceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryInferenceRequest} QueryInferenceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInferenceRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryInferenceRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
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
                 * Gets the default type url for QueryInferenceRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryInferenceRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInferenceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryInferenceRequest";
                };

                return QueryInferenceRequest;
            })();

            v1.QueryInferenceResponse = (function() {

                /**
                 * Properties of a QueryInferenceResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryInferenceResponse
                 * @property {tributary.inference.v1.IInference|null} [inference] QueryInferenceResponse inference
                 */

                /**
                 * Constructs a new QueryInferenceResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryInferenceResponse.
                 * @implements IQueryInferenceResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryInferenceResponse=} [properties] Properties to set
                 */
                function QueryInferenceResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryInferenceResponse inference.
                 * @member {tributary.inference.v1.IInference|null|undefined} inference
                 * @memberof tributary.inference.v1.QueryInferenceResponse
                 * @instance
                 */
                QueryInferenceResponse.prototype.inference = null;

                /**
                 * Encodes the specified QueryInferenceResponse message. Does not implicitly {@link tributary.inference.v1.QueryInferenceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryInferenceResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryInferenceResponse} message QueryInferenceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInferenceResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.inference != null && Object.hasOwnProperty.call(message, "inference"))
                        $root.tributary.inference.v1.Inference.encode(message.inference, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryInferenceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryInferenceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryInferenceResponse} QueryInferenceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInferenceResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryInferenceResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.inference = $root.tributary.inference.v1.Inference.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryInferenceResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryInferenceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInferenceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryInferenceResponse";
                };

                return QueryInferenceResponse;
            })();

            v1.QueryInferencesByModelRequest = (function() {

                /**
                 * Properties of a QueryInferencesByModelRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryInferencesByModelRequest
                 * @property {number|Long|null} [modelId] QueryInferencesByModelRequest modelId
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryInferencesByModelRequest pagination
                 */

                /**
                 * Constructs a new QueryInferencesByModelRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryInferencesByModelRequest.
                 * @implements IQueryInferencesByModelRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryInferencesByModelRequest=} [properties] Properties to set
                 */
                function QueryInferencesByModelRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryInferencesByModelRequest modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.QueryInferencesByModelRequest
                 * @instance
                 */
                QueryInferencesByModelRequest.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryInferencesByModelRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryInferencesByModelRequest
                 * @instance
                 */
                QueryInferencesByModelRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryInferencesByModelRequest message. Does not implicitly {@link tributary.inference.v1.QueryInferencesByModelRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryInferencesByModelRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryInferencesByModelRequest} message QueryInferencesByModelRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInferencesByModelRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.modelId);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryInferencesByModelRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryInferencesByModelRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryInferencesByModelRequest} QueryInferencesByModelRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInferencesByModelRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryInferencesByModelRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.modelId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryInferencesByModelRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryInferencesByModelRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInferencesByModelRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryInferencesByModelRequest";
                };

                return QueryInferencesByModelRequest;
            })();

            v1.QueryInferencesByRequesterRequest = (function() {

                /**
                 * Properties of a QueryInferencesByRequesterRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryInferencesByRequesterRequest
                 * @property {string|null} [requester] QueryInferencesByRequesterRequest requester
                 * @property {cosmos.base.query.v1beta1.IPageRequest|null} [pagination] QueryInferencesByRequesterRequest pagination
                 */

                /**
                 * Constructs a new QueryInferencesByRequesterRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryInferencesByRequesterRequest.
                 * @implements IQueryInferencesByRequesterRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryInferencesByRequesterRequest=} [properties] Properties to set
                 */
                function QueryInferencesByRequesterRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryInferencesByRequesterRequest requester.
                 * @member {string} requester
                 * @memberof tributary.inference.v1.QueryInferencesByRequesterRequest
                 * @instance
                 */
                QueryInferencesByRequesterRequest.prototype.requester = "";

                /**
                 * QueryInferencesByRequesterRequest pagination.
                 * @member {cosmos.base.query.v1beta1.IPageRequest|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryInferencesByRequesterRequest
                 * @instance
                 */
                QueryInferencesByRequesterRequest.prototype.pagination = null;

                /**
                 * Encodes the specified QueryInferencesByRequesterRequest message. Does not implicitly {@link tributary.inference.v1.QueryInferencesByRequesterRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryInferencesByRequesterRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryInferencesByRequesterRequest} message QueryInferencesByRequesterRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInferencesByRequesterRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.requester != null && Object.hasOwnProperty.call(message, "requester"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryInferencesByRequesterRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryInferencesByRequesterRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryInferencesByRequesterRequest} QueryInferencesByRequesterRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInferencesByRequesterRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryInferencesByRequesterRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.requester = reader.string();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryInferencesByRequesterRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryInferencesByRequesterRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInferencesByRequesterRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryInferencesByRequesterRequest";
                };

                return QueryInferencesByRequesterRequest;
            })();

            v1.QueryInferencesResponse = (function() {

                /**
                 * Properties of a QueryInferencesResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryInferencesResponse
                 * @property {Array.<tributary.inference.v1.IInference>|null} [inferences] QueryInferencesResponse inferences
                 * @property {cosmos.base.query.v1beta1.IPageResponse|null} [pagination] QueryInferencesResponse pagination
                 */

                /**
                 * Constructs a new QueryInferencesResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryInferencesResponse.
                 * @implements IQueryInferencesResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryInferencesResponse=} [properties] Properties to set
                 */
                function QueryInferencesResponse(properties) {
                    this.inferences = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryInferencesResponse inferences.
                 * @member {Array.<tributary.inference.v1.IInference>} inferences
                 * @memberof tributary.inference.v1.QueryInferencesResponse
                 * @instance
                 */
                QueryInferencesResponse.prototype.inferences = $util.emptyArray;

                /**
                 * QueryInferencesResponse pagination.
                 * @member {cosmos.base.query.v1beta1.IPageResponse|null|undefined} pagination
                 * @memberof tributary.inference.v1.QueryInferencesResponse
                 * @instance
                 */
                QueryInferencesResponse.prototype.pagination = null;

                /**
                 * Encodes the specified QueryInferencesResponse message. Does not implicitly {@link tributary.inference.v1.QueryInferencesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryInferencesResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryInferencesResponse} message QueryInferencesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryInferencesResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.inferences != null && message.inferences.length)
                        for (let i = 0; i < message.inferences.length; ++i)
                            $root.tributary.inference.v1.Inference.encode(message.inferences[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryInferencesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryInferencesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryInferencesResponse} QueryInferencesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryInferencesResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryInferencesResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.inferences && message.inferences.length))
                                    message.inferences = [];
                                message.inferences.push($root.tributary.inference.v1.Inference.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryInferencesResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryInferencesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryInferencesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryInferencesResponse";
                };

                return QueryInferencesResponse;
            })();

            v1.QueryDataPoolRequest = (function() {

                /**
                 * Properties of a QueryDataPoolRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryDataPoolRequest
                 * @property {number|Long|null} [datanetId] QueryDataPoolRequest datanetId
                 * @property {number|Long|null} [version] QueryDataPoolRequest version
                 */

                /**
                 * Constructs a new QueryDataPoolRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryDataPoolRequest.
                 * @implements IQueryDataPoolRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryDataPoolRequest=} [properties] Properties to set
                 */
                function QueryDataPoolRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryDataPoolRequest datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.inference.v1.QueryDataPoolRequest
                 * @instance
                 */
                QueryDataPoolRequest.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryDataPoolRequest version.
                 * @member {number|Long} version
                 * @memberof tributary.inference.v1.QueryDataPoolRequest
                 * @instance
                 */
                QueryDataPoolRequest.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryDataPoolRequest message. Does not implicitly {@link tributary.inference.v1.QueryDataPoolRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryDataPoolRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryDataPoolRequest} message QueryDataPoolRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDataPoolRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    return writer;
                };

                /**
                 * Decodes a QueryDataPoolRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryDataPoolRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryDataPoolRequest} QueryDataPoolRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDataPoolRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryDataPoolRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
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
                 * Gets the default type url for QueryDataPoolRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryDataPoolRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDataPoolRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryDataPoolRequest";
                };

                return QueryDataPoolRequest;
            })();

            v1.QueryDataPoolResponse = (function() {

                /**
                 * Properties of a QueryDataPoolResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryDataPoolResponse
                 * @property {tributary.inference.v1.IDataPool|null} [pool] QueryDataPoolResponse pool
                 */

                /**
                 * Constructs a new QueryDataPoolResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryDataPoolResponse.
                 * @implements IQueryDataPoolResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryDataPoolResponse=} [properties] Properties to set
                 */
                function QueryDataPoolResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryDataPoolResponse pool.
                 * @member {tributary.inference.v1.IDataPool|null|undefined} pool
                 * @memberof tributary.inference.v1.QueryDataPoolResponse
                 * @instance
                 */
                QueryDataPoolResponse.prototype.pool = null;

                /**
                 * Encodes the specified QueryDataPoolResponse message. Does not implicitly {@link tributary.inference.v1.QueryDataPoolResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryDataPoolResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryDataPoolResponse} message QueryDataPoolResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryDataPoolResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pool != null && Object.hasOwnProperty.call(message, "pool"))
                        $root.tributary.inference.v1.DataPool.encode(message.pool, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryDataPoolResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryDataPoolResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryDataPoolResponse} QueryDataPoolResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryDataPoolResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryDataPoolResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pool = $root.tributary.inference.v1.DataPool.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryDataPoolResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryDataPoolResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryDataPoolResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryDataPoolResponse";
                };

                return QueryDataPoolResponse;
            })();

            v1.QueryClaimableRewardsRequest = (function() {

                /**
                 * Properties of a QueryClaimableRewardsRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryClaimableRewardsRequest
                 * @property {number|Long|null} [contributionId] QueryClaimableRewardsRequest contributionId
                 */

                /**
                 * Constructs a new QueryClaimableRewardsRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryClaimableRewardsRequest.
                 * @implements IQueryClaimableRewardsRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryClaimableRewardsRequest=} [properties] Properties to set
                 */
                function QueryClaimableRewardsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryClaimableRewardsRequest contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.inference.v1.QueryClaimableRewardsRequest
                 * @instance
                 */
                QueryClaimableRewardsRequest.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified QueryClaimableRewardsRequest message. Does not implicitly {@link tributary.inference.v1.QueryClaimableRewardsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryClaimableRewardsRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryClaimableRewardsRequest} message QueryClaimableRewardsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryClaimableRewardsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    return writer;
                };

                /**
                 * Decodes a QueryClaimableRewardsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryClaimableRewardsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryClaimableRewardsRequest} QueryClaimableRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryClaimableRewardsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryClaimableRewardsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
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
                 * Gets the default type url for QueryClaimableRewardsRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryClaimableRewardsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryClaimableRewardsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryClaimableRewardsRequest";
                };

                return QueryClaimableRewardsRequest;
            })();

            v1.QueryClaimableRewardsResponse = (function() {

                /**
                 * Properties of a QueryClaimableRewardsResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryClaimableRewardsResponse
                 * @property {cosmos.base.v1beta1.ICoin|null} [amount] QueryClaimableRewardsResponse amount
                 */

                /**
                 * Constructs a new QueryClaimableRewardsResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryClaimableRewardsResponse.
                 * @implements IQueryClaimableRewardsResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryClaimableRewardsResponse=} [properties] Properties to set
                 */
                function QueryClaimableRewardsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryClaimableRewardsResponse amount.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} amount
                 * @memberof tributary.inference.v1.QueryClaimableRewardsResponse
                 * @instance
                 */
                QueryClaimableRewardsResponse.prototype.amount = null;

                /**
                 * Encodes the specified QueryClaimableRewardsResponse message. Does not implicitly {@link tributary.inference.v1.QueryClaimableRewardsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryClaimableRewardsResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryClaimableRewardsResponse} message QueryClaimableRewardsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryClaimableRewardsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.amount, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryClaimableRewardsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryClaimableRewardsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryClaimableRewardsResponse} QueryClaimableRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryClaimableRewardsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryClaimableRewardsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.amount = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryClaimableRewardsResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryClaimableRewardsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryClaimableRewardsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryClaimableRewardsResponse";
                };

                return QueryClaimableRewardsResponse;
            })();

            v1.QueryRewardPoolsRequest = (function() {

                /**
                 * Properties of a QueryRewardPoolsRequest.
                 * @memberof tributary.inference.v1
                 * @interface IQueryRewardPoolsRequest
                 */

                /**
                 * Constructs a new QueryRewardPoolsRequest.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryRewardPoolsRequest.
                 * @implements IQueryRewardPoolsRequest
                 * @constructor
                 * @param {tributary.inference.v1.IQueryRewardPoolsRequest=} [properties] Properties to set
                 */
                function QueryRewardPoolsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Encodes the specified QueryRewardPoolsRequest message. Does not implicitly {@link tributary.inference.v1.QueryRewardPoolsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryRewardPoolsRequest
                 * @static
                 * @param {tributary.inference.v1.IQueryRewardPoolsRequest} message QueryRewardPoolsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRewardPoolsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryRewardPoolsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryRewardPoolsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryRewardPoolsRequest} QueryRewardPoolsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRewardPoolsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryRewardPoolsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryRewardPoolsRequest
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryRewardPoolsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryRewardPoolsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryRewardPoolsRequest";
                };

                return QueryRewardPoolsRequest;
            })();

            v1.QueryRewardPoolsResponse = (function() {

                /**
                 * Properties of a QueryRewardPoolsResponse.
                 * @memberof tributary.inference.v1
                 * @interface IQueryRewardPoolsResponse
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [compute] QueryRewardPoolsResponse compute
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [community] QueryRewardPoolsResponse community
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [dataPools] QueryRewardPoolsResponse dataPools
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [computeLastAllocated] QueryRewardPoolsResponse computeLastAllocated
                 * @property {number|Long|null} [computeLastHeight] QueryRewardPoolsResponse computeLastHeight
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [computeTotalAllocated] QueryRewardPoolsResponse computeTotalAllocated
                 */

                /**
                 * Constructs a new QueryRewardPoolsResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a QueryRewardPoolsResponse.
                 * @implements IQueryRewardPoolsResponse
                 * @constructor
                 * @param {tributary.inference.v1.IQueryRewardPoolsResponse=} [properties] Properties to set
                 */
                function QueryRewardPoolsResponse(properties) {
                    this.compute = [];
                    this.community = [];
                    this.dataPools = [];
                    this.computeLastAllocated = [];
                    this.computeTotalAllocated = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryRewardPoolsResponse compute.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} compute
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @instance
                 */
                QueryRewardPoolsResponse.prototype.compute = $util.emptyArray;

                /**
                 * QueryRewardPoolsResponse community.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} community
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @instance
                 */
                QueryRewardPoolsResponse.prototype.community = $util.emptyArray;

                /**
                 * QueryRewardPoolsResponse dataPools.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} dataPools
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @instance
                 */
                QueryRewardPoolsResponse.prototype.dataPools = $util.emptyArray;

                /**
                 * QueryRewardPoolsResponse computeLastAllocated.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} computeLastAllocated
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @instance
                 */
                QueryRewardPoolsResponse.prototype.computeLastAllocated = $util.emptyArray;

                /**
                 * QueryRewardPoolsResponse computeLastHeight.
                 * @member {number|Long} computeLastHeight
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @instance
                 */
                QueryRewardPoolsResponse.prototype.computeLastHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryRewardPoolsResponse computeTotalAllocated.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} computeTotalAllocated
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @instance
                 */
                QueryRewardPoolsResponse.prototype.computeTotalAllocated = $util.emptyArray;

                /**
                 * Encodes the specified QueryRewardPoolsResponse message. Does not implicitly {@link tributary.inference.v1.QueryRewardPoolsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @static
                 * @param {tributary.inference.v1.IQueryRewardPoolsResponse} message QueryRewardPoolsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRewardPoolsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.compute != null && message.compute.length)
                        for (let i = 0; i < message.compute.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.compute[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.community != null && message.community.length)
                        for (let i = 0; i < message.community.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.community[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.dataPools != null && message.dataPools.length)
                        for (let i = 0; i < message.dataPools.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.dataPools[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.computeLastAllocated != null && message.computeLastAllocated.length)
                        for (let i = 0; i < message.computeLastAllocated.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.computeLastAllocated[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.computeLastHeight != null && Object.hasOwnProperty.call(message, "computeLastHeight"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.computeLastHeight);
                    if (message.computeTotalAllocated != null && message.computeTotalAllocated.length)
                        for (let i = 0; i < message.computeTotalAllocated.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.computeTotalAllocated[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryRewardPoolsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.QueryRewardPoolsResponse} QueryRewardPoolsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRewardPoolsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.QueryRewardPoolsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.compute && message.compute.length))
                                    message.compute = [];
                                message.compute.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                if (!(message.community && message.community.length))
                                    message.community = [];
                                message.community.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                if (!(message.dataPools && message.dataPools.length))
                                    message.dataPools = [];
                                message.dataPools.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                if (!(message.computeLastAllocated && message.computeLastAllocated.length))
                                    message.computeLastAllocated = [];
                                message.computeLastAllocated.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 5: {
                                message.computeLastHeight = reader.uint64();
                                break;
                            }
                        case 6: {
                                if (!(message.computeTotalAllocated && message.computeTotalAllocated.length))
                                    message.computeTotalAllocated = [];
                                message.computeTotalAllocated.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for QueryRewardPoolsResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.QueryRewardPoolsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryRewardPoolsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.QueryRewardPoolsResponse";
                };

                return QueryRewardPoolsResponse;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.inference.v1
                 * @interface IParams
                 * @property {number|Long|null} [maxArtifactBytes] Params maxArtifactBytes
                 * @property {number|null} [minDataShareBps] Params minDataShareBps
                 * @property {number|Long|null} [macsPerGas] Params macsPerGas
                 * @property {number|Long|null} [gasPerToken] Params gasPerToken
                 * @property {number|Long|null} [gasPerArtifactByte] Params gasPerArtifactByte
                 * @property {number|null} [maxOutputTokensCap] Params maxOutputTokensCap
                 * @property {string|null} [feeDenom] Params feeDenom
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.inference.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params maxArtifactBytes.
                 * @member {number|Long} maxArtifactBytes
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.maxArtifactBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params minDataShareBps.
                 * @member {number} minDataShareBps
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.minDataShareBps = 0;

                /**
                 * Params macsPerGas.
                 * @member {number|Long} macsPerGas
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.macsPerGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params gasPerToken.
                 * @member {number|Long} gasPerToken
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.gasPerToken = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params gasPerArtifactByte.
                 * @member {number|Long} gasPerArtifactByte
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.gasPerArtifactByte = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxOutputTokensCap.
                 * @member {number} maxOutputTokensCap
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.maxOutputTokensCap = 0;

                /**
                 * Params feeDenom.
                 * @member {string} feeDenom
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.feeDenom = "";

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.inference.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Params
                 * @static
                 * @param {tributary.inference.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.maxArtifactBytes != null && Object.hasOwnProperty.call(message, "maxArtifactBytes"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxArtifactBytes);
                    if (message.minDataShareBps != null && Object.hasOwnProperty.call(message, "minDataShareBps"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minDataShareBps);
                    if (message.macsPerGas != null && Object.hasOwnProperty.call(message, "macsPerGas"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.macsPerGas);
                    if (message.gasPerToken != null && Object.hasOwnProperty.call(message, "gasPerToken"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.gasPerToken);
                    if (message.gasPerArtifactByte != null && Object.hasOwnProperty.call(message, "gasPerArtifactByte"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.gasPerArtifactByte);
                    if (message.maxOutputTokensCap != null && Object.hasOwnProperty.call(message, "maxOutputTokensCap"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxOutputTokensCap);
                    if (message.feeDenom != null && Object.hasOwnProperty.call(message, "feeDenom"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.feeDenom);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.maxArtifactBytes = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.minDataShareBps = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.macsPerGas = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.gasPerToken = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.gasPerArtifactByte = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.maxOutputTokensCap = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.feeDenom = reader.string();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Params";
                };

                return Params;
            })();

            v1.Pricing = (function() {

                /**
                 * Properties of a Pricing.
                 * @memberof tributary.inference.v1
                 * @interface IPricing
                 * @property {string|null} [baseFee] Pricing baseFee
                 * @property {string|null} [feePerToken] Pricing feePerToken
                 */

                /**
                 * Constructs a new Pricing.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Pricing.
                 * @implements IPricing
                 * @constructor
                 * @param {tributary.inference.v1.IPricing=} [properties] Properties to set
                 */
                function Pricing(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Pricing baseFee.
                 * @member {string} baseFee
                 * @memberof tributary.inference.v1.Pricing
                 * @instance
                 */
                Pricing.prototype.baseFee = "";

                /**
                 * Pricing feePerToken.
                 * @member {string} feePerToken
                 * @memberof tributary.inference.v1.Pricing
                 * @instance
                 */
                Pricing.prototype.feePerToken = "";

                /**
                 * Encodes the specified Pricing message. Does not implicitly {@link tributary.inference.v1.Pricing.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Pricing
                 * @static
                 * @param {tributary.inference.v1.IPricing} message Pricing message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pricing.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.baseFee != null && Object.hasOwnProperty.call(message, "baseFee"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.baseFee);
                    if (message.feePerToken != null && Object.hasOwnProperty.call(message, "feePerToken"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.feePerToken);
                    return writer;
                };

                /**
                 * Decodes a Pricing message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Pricing
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Pricing} Pricing
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pricing.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Pricing();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.baseFee = reader.string();
                                break;
                            }
                        case 2: {
                                message.feePerToken = reader.string();
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
                 * Gets the default type url for Pricing
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Pricing
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Pricing.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Pricing";
                };

                return Pricing;
            })();

            v1.RevenueSplit = (function() {

                /**
                 * Properties of a RevenueSplit.
                 * @memberof tributary.inference.v1
                 * @interface IRevenueSplit
                 * @property {number|null} [ownerBps] RevenueSplit ownerBps
                 * @property {number|null} [dataBps] RevenueSplit dataBps
                 * @property {number|null} [computeBps] RevenueSplit computeBps
                 * @property {number|null} [protocolBps] RevenueSplit protocolBps
                 */

                /**
                 * Constructs a new RevenueSplit.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a RevenueSplit.
                 * @implements IRevenueSplit
                 * @constructor
                 * @param {tributary.inference.v1.IRevenueSplit=} [properties] Properties to set
                 */
                function RevenueSplit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * RevenueSplit ownerBps.
                 * @member {number} ownerBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.ownerBps = 0;

                /**
                 * RevenueSplit dataBps.
                 * @member {number} dataBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.dataBps = 0;

                /**
                 * RevenueSplit computeBps.
                 * @member {number} computeBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.computeBps = 0;

                /**
                 * RevenueSplit protocolBps.
                 * @member {number} protocolBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.protocolBps = 0;

                /**
                 * Encodes the specified RevenueSplit message. Does not implicitly {@link tributary.inference.v1.RevenueSplit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @static
                 * @param {tributary.inference.v1.IRevenueSplit} message RevenueSplit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevenueSplit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.ownerBps != null && Object.hasOwnProperty.call(message, "ownerBps"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ownerBps);
                    if (message.dataBps != null && Object.hasOwnProperty.call(message, "dataBps"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dataBps);
                    if (message.computeBps != null && Object.hasOwnProperty.call(message, "computeBps"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.computeBps);
                    if (message.protocolBps != null && Object.hasOwnProperty.call(message, "protocolBps"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolBps);
                    return writer;
                };

                /**
                 * Decodes a RevenueSplit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.RevenueSplit} RevenueSplit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevenueSplit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.RevenueSplit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.ownerBps = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.dataBps = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.computeBps = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.protocolBps = reader.uint32();
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
                 * Gets the default type url for RevenueSplit
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                RevenueSplit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.RevenueSplit";
                };

                return RevenueSplit;
            })();

            /**
             * ModelStatus enum.
             * @name tributary.inference.v1.ModelStatus
             * @enum {number}
             * @property {number} MODEL_STATUS_UNSPECIFIED=0 MODEL_STATUS_UNSPECIFIED value
             * @property {number} MODEL_STATUS_ACTIVE=1 MODEL_STATUS_ACTIVE value
             * @property {number} MODEL_STATUS_RETIRED=2 MODEL_STATUS_RETIRED value
             */
            v1.ModelStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "MODEL_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MODEL_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "MODEL_STATUS_RETIRED"] = 2;
                return values;
            })();

            v1.Model = (function() {

                /**
                 * Properties of a Model.
                 * @memberof tributary.inference.v1
                 * @interface IModel
                 * @property {number|Long|null} [id] Model id
                 * @property {string|null} [owner] Model owner
                 * @property {string|null} [name] Model name
                 * @property {string|null} [description] Model description
                 * @property {Uint8Array|null} [artifactHash] Model artifactHash
                 * @property {number|Long|null} [artifactSize] Model artifactSize
                 * @property {string|null} [tokenizer] Model tokenizer
                 * @property {number|null} [contextLength] Model contextLength
                 * @property {Array.<tributary.attribution.v1.IManifestEntry>|null} [trainingManifest] Model trainingManifest
                 * @property {tributary.inference.v1.IPricing|null} [pricing] Model pricing
                 * @property {tributary.inference.v1.IRevenueSplit|null} [split] Model split
                 * @property {number|null} [maxOutputTokens] Model maxOutputTokens
                 * @property {tributary.inference.v1.ModelStatus|null} [status] Model status
                 * @property {number|Long|null} [createdHeight] Model createdHeight
                 * @property {string|null} [format] Model format
                 * @property {number|null} [vocabSize] Model vocabSize
                 * @property {number|null} [window] Model window
                 * @property {number|Long|null} [macsPerToken] Model macsPerToken
                 * @property {number|Long|null} [logitScale] Model logitScale
                 */

                /**
                 * Constructs a new Model.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Model.
                 * @implements IModel
                 * @constructor
                 * @param {tributary.inference.v1.IModel=} [properties] Properties to set
                 */
                function Model(properties) {
                    this.trainingManifest = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Model id.
                 * @member {number|Long} id
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model owner.
                 * @member {string} owner
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.owner = "";

                /**
                 * Model name.
                 * @member {string} name
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.name = "";

                /**
                 * Model description.
                 * @member {string} description
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.description = "";

                /**
                 * Model artifactHash.
                 * @member {Uint8Array} artifactHash
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.artifactHash = $util.newBuffer([]);

                /**
                 * Model artifactSize.
                 * @member {number|Long} artifactSize
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.artifactSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model tokenizer.
                 * @member {string} tokenizer
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.tokenizer = "";

                /**
                 * Model contextLength.
                 * @member {number} contextLength
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.contextLength = 0;

                /**
                 * Model trainingManifest.
                 * @member {Array.<tributary.attribution.v1.IManifestEntry>} trainingManifest
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.trainingManifest = $util.emptyArray;

                /**
                 * Model pricing.
                 * @member {tributary.inference.v1.IPricing|null|undefined} pricing
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.pricing = null;

                /**
                 * Model split.
                 * @member {tributary.inference.v1.IRevenueSplit|null|undefined} split
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.split = null;

                /**
                 * Model maxOutputTokens.
                 * @member {number} maxOutputTokens
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.maxOutputTokens = 0;

                /**
                 * Model status.
                 * @member {tributary.inference.v1.ModelStatus} status
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.status = 0;

                /**
                 * Model createdHeight.
                 * @member {number|Long} createdHeight
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model format.
                 * @member {string} format
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.format = "";

                /**
                 * Model vocabSize.
                 * @member {number} vocabSize
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.vocabSize = 0;

                /**
                 * Model window.
                 * @member {number} window
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.window = 0;

                /**
                 * Model macsPerToken.
                 * @member {number|Long} macsPerToken
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.macsPerToken = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model logitScale.
                 * @member {number|Long} logitScale
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.logitScale = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified Model message. Does not implicitly {@link tributary.inference.v1.Model.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Model
                 * @static
                 * @param {tributary.inference.v1.IModel} message Model message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Model.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    if (message.artifactHash != null && Object.hasOwnProperty.call(message, "artifactHash"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.artifactHash);
                    if (message.artifactSize != null && Object.hasOwnProperty.call(message, "artifactSize"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.artifactSize);
                    if (message.tokenizer != null && Object.hasOwnProperty.call(message, "tokenizer"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tokenizer);
                    if (message.contextLength != null && Object.hasOwnProperty.call(message, "contextLength"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.contextLength);
                    if (message.trainingManifest != null && message.trainingManifest.length)
                        for (let i = 0; i < message.trainingManifest.length; ++i)
                            $root.tributary.attribution.v1.ManifestEntry.encode(message.trainingManifest[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.pricing != null && Object.hasOwnProperty.call(message, "pricing"))
                        $root.tributary.inference.v1.Pricing.encode(message.pricing, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.split != null && Object.hasOwnProperty.call(message, "split"))
                        $root.tributary.inference.v1.RevenueSplit.encode(message.split, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (message.maxOutputTokens != null && Object.hasOwnProperty.call(message, "maxOutputTokens"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxOutputTokens);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 13, wireType 0 =*/104).int32(message.status);
                    if (message.createdHeight != null && Object.hasOwnProperty.call(message, "createdHeight"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.createdHeight);
                    if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.format);
                    if (message.vocabSize != null && Object.hasOwnProperty.call(message, "vocabSize"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.vocabSize);
                    if (message.window != null && Object.hasOwnProperty.call(message, "window"))
                        writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.window);
                    if (message.macsPerToken != null && Object.hasOwnProperty.call(message, "macsPerToken"))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.macsPerToken);
                    if (message.logitScale != null && Object.hasOwnProperty.call(message, "logitScale"))
                        writer.uint32(/* id 19, wireType 0 =*/152).int64(message.logitScale);
                    return writer;
                };

                /**
                 * Decodes a Model message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Model
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Model} Model
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Model.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Model();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.owner = reader.string();
                                break;
                            }
                        case 3: {
                                message.name = reader.string();
                                break;
                            }
                        case 4: {
                                message.description = reader.string();
                                break;
                            }
                        case 5: {
                                message.artifactHash = reader.bytes();
                                break;
                            }
                        case 6: {
                                message.artifactSize = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.tokenizer = reader.string();
                                break;
                            }
                        case 8: {
                                message.contextLength = reader.uint32();
                                break;
                            }
                        case 9: {
                                if (!(message.trainingManifest && message.trainingManifest.length))
                                    message.trainingManifest = [];
                                message.trainingManifest.push($root.tributary.attribution.v1.ManifestEntry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                message.pricing = $root.tributary.inference.v1.Pricing.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 11: {
                                message.split = $root.tributary.inference.v1.RevenueSplit.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 12: {
                                message.maxOutputTokens = reader.uint32();
                                break;
                            }
                        case 13: {
                                message.status = reader.int32();
                                break;
                            }
                        case 14: {
                                message.createdHeight = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.format = reader.string();
                                break;
                            }
                        case 16: {
                                message.vocabSize = reader.uint32();
                                break;
                            }
                        case 17: {
                                message.window = reader.uint32();
                                break;
                            }
                        case 18: {
                                message.macsPerToken = reader.uint64();
                                break;
                            }
                        case 19: {
                                message.logitScale = reader.int64();
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
                 * Gets the default type url for Model
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Model
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Model.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Model";
                };

                return Model;
            })();

            /**
             * SamplingMode enum.
             * @name tributary.inference.v1.SamplingMode
             * @enum {number}
             * @property {number} SAMPLING_MODE_GREEDY=0 SAMPLING_MODE_GREEDY value
             * @property {number} SAMPLING_MODE_TOP_K=1 SAMPLING_MODE_TOP_K value
             */
            v1.SamplingMode = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "SAMPLING_MODE_GREEDY"] = 0;
                values[valuesById[1] = "SAMPLING_MODE_TOP_K"] = 1;
                return values;
            })();

            v1.Sampling = (function() {

                /**
                 * Properties of a Sampling.
                 * @memberof tributary.inference.v1
                 * @interface ISampling
                 * @property {tributary.inference.v1.SamplingMode|null} [mode] Sampling mode
                 * @property {number|null} [topK] Sampling topK
                 * @property {number|Long|null} [seed] Sampling seed
                 */

                /**
                 * Constructs a new Sampling.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Sampling.
                 * @implements ISampling
                 * @constructor
                 * @param {tributary.inference.v1.ISampling=} [properties] Properties to set
                 */
                function Sampling(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Sampling mode.
                 * @member {tributary.inference.v1.SamplingMode} mode
                 * @memberof tributary.inference.v1.Sampling
                 * @instance
                 */
                Sampling.prototype.mode = 0;

                /**
                 * Sampling topK.
                 * @member {number} topK
                 * @memberof tributary.inference.v1.Sampling
                 * @instance
                 */
                Sampling.prototype.topK = 0;

                /**
                 * Sampling seed.
                 * @member {number|Long} seed
                 * @memberof tributary.inference.v1.Sampling
                 * @instance
                 */
                Sampling.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Sampling message. Does not implicitly {@link tributary.inference.v1.Sampling.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Sampling
                 * @static
                 * @param {tributary.inference.v1.ISampling} message Sampling message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Sampling.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                    if (message.topK != null && Object.hasOwnProperty.call(message, "topK"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.topK);
                    if (message.seed != null && Object.hasOwnProperty.call(message, "seed"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seed);
                    return writer;
                };

                /**
                 * Decodes a Sampling message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Sampling
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Sampling} Sampling
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Sampling.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Sampling();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.mode = reader.int32();
                                break;
                            }
                        case 2: {
                                message.topK = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.seed = reader.uint64();
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
                 * Gets the default type url for Sampling
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Sampling
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Sampling.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Sampling";
                };

                return Sampling;
            })();

            v1.Payout = (function() {

                /**
                 * Properties of a Payout.
                 * @memberof tributary.inference.v1
                 * @interface IPayout
                 * @property {string|null} [role] Payout role
                 * @property {string|null} [recipient] Payout recipient
                 * @property {string|null} [amount] Payout amount
                 * @property {number|Long|null} [datanetId] Payout datanetId
                 * @property {number|Long|null} [version] Payout version
                 */

                /**
                 * Constructs a new Payout.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Payout.
                 * @implements IPayout
                 * @constructor
                 * @param {tributary.inference.v1.IPayout=} [properties] Properties to set
                 */
                function Payout(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Payout role.
                 * @member {string} role
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.role = "";

                /**
                 * Payout recipient.
                 * @member {string} recipient
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.recipient = "";

                /**
                 * Payout amount.
                 * @member {string} amount
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.amount = "";

                /**
                 * Payout datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Payout version.
                 * @member {number|Long} version
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Payout message. Does not implicitly {@link tributary.inference.v1.Payout.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Payout
                 * @static
                 * @param {tributary.inference.v1.IPayout} message Payout message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Payout.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                    if (message.recipient != null && Object.hasOwnProperty.call(message, "recipient"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.recipient);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.version);
                    return writer;
                };

                /**
                 * Decodes a Payout message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Payout
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Payout} Payout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Payout.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Payout();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.role = reader.string();
                                break;
                            }
                        case 2: {
                                message.recipient = reader.string();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        case 4: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.version = reader.uint64();
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
                 * Gets the default type url for Payout
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Payout
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Payout.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Payout";
                };

                return Payout;
            })();

            v1.Inference = (function() {

                /**
                 * Properties of an Inference.
                 * @memberof tributary.inference.v1
                 * @interface IInference
                 * @property {number|Long|null} [id] Inference id
                 * @property {number|Long|null} [modelId] Inference modelId
                 * @property {string|null} [requester] Inference requester
                 * @property {string|null} [prompt] Inference prompt
                 * @property {string|null} [output] Inference output
                 * @property {Array.<number>|null} [outputTokenIds] Inference outputTokenIds
                 * @property {number|null} [promptTokens] Inference promptTokens
                 * @property {number|null} [tokensGenerated] Inference tokensGenerated
                 * @property {string|null} [stopReason] Inference stopReason
                 * @property {tributary.inference.v1.ISampling|null} [sampling] Inference sampling
                 * @property {cosmos.base.v1beta1.ICoin|null} [maxFee] Inference maxFee
                 * @property {cosmos.base.v1beta1.ICoin|null} [fee] Inference fee
                 * @property {Array.<tributary.inference.v1.IPayout>|null} [payouts] Inference payouts
                 * @property {number|Long|null} [attributionRecordId] Inference attributionRecordId
                 * @property {number|Long|null} [height] Inference height
                 */

                /**
                 * Constructs a new Inference.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents an Inference.
                 * @implements IInference
                 * @constructor
                 * @param {tributary.inference.v1.IInference=} [properties] Properties to set
                 */
                function Inference(properties) {
                    this.outputTokenIds = [];
                    this.payouts = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Inference id.
                 * @member {number|Long} id
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inference modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inference requester.
                 * @member {string} requester
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.requester = "";

                /**
                 * Inference prompt.
                 * @member {string} prompt
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.prompt = "";

                /**
                 * Inference output.
                 * @member {string} output
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.output = "";

                /**
                 * Inference outputTokenIds.
                 * @member {Array.<number>} outputTokenIds
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.outputTokenIds = $util.emptyArray;

                /**
                 * Inference promptTokens.
                 * @member {number} promptTokens
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.promptTokens = 0;

                /**
                 * Inference tokensGenerated.
                 * @member {number} tokensGenerated
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.tokensGenerated = 0;

                /**
                 * Inference stopReason.
                 * @member {string} stopReason
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.stopReason = "";

                /**
                 * Inference sampling.
                 * @member {tributary.inference.v1.ISampling|null|undefined} sampling
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.sampling = null;

                /**
                 * Inference maxFee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} maxFee
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.maxFee = null;

                /**
                 * Inference fee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} fee
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.fee = null;

                /**
                 * Inference payouts.
                 * @member {Array.<tributary.inference.v1.IPayout>} payouts
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.payouts = $util.emptyArray;

                /**
                 * Inference attributionRecordId.
                 * @member {number|Long} attributionRecordId
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.attributionRecordId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inference height.
                 * @member {number|Long} height
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Inference message. Does not implicitly {@link tributary.inference.v1.Inference.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Inference
                 * @static
                 * @param {tributary.inference.v1.IInference} message Inference message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inference.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.modelId);
                    if (message.requester != null && Object.hasOwnProperty.call(message, "requester"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.requester);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.prompt);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.output);
                    if (message.outputTokenIds != null && message.outputTokenIds.length) {
                        writer.uint32(/* id 6, wireType 2 =*/50).fork();
                        for (let i = 0; i < message.outputTokenIds.length; ++i)
                            writer.uint32(message.outputTokenIds[i]);
                        writer.ldelim();
                    }
                    if (message.promptTokens != null && Object.hasOwnProperty.call(message, "promptTokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.promptTokens);
                    if (message.tokensGenerated != null && Object.hasOwnProperty.call(message, "tokensGenerated"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.tokensGenerated);
                    if (message.stopReason != null && Object.hasOwnProperty.call(message, "stopReason"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.stopReason);
                    if (message.sampling != null && Object.hasOwnProperty.call(message, "sampling"))
                        $root.tributary.inference.v1.Sampling.encode(message.sampling, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.maxFee != null && Object.hasOwnProperty.call(message, "maxFee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.maxFee, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.fee, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (message.payouts != null && message.payouts.length)
                        for (let i = 0; i < message.payouts.length; ++i)
                            $root.tributary.inference.v1.Payout.encode(message.payouts[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (message.attributionRecordId != null && Object.hasOwnProperty.call(message, "attributionRecordId"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.attributionRecordId);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes an Inference message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Inference
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Inference} Inference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inference.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Inference();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.modelId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.requester = reader.string();
                                break;
                            }
                        case 4: {
                                message.prompt = reader.string();
                                break;
                            }
                        case 5: {
                                message.output = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.outputTokenIds && message.outputTokenIds.length))
                                    message.outputTokenIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.outputTokenIds.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.outputTokenIds.push(reader.uint32());
                                break;
                            }
                        case 7: {
                                message.promptTokens = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.tokensGenerated = reader.uint32();
                                break;
                            }
                        case 9: {
                                message.stopReason = reader.string();
                                break;
                            }
                        case 10: {
                                message.sampling = $root.tributary.inference.v1.Sampling.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 11: {
                                message.maxFee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 12: {
                                message.fee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 13: {
                                if (!(message.payouts && message.payouts.length))
                                    message.payouts = [];
                                message.payouts.push($root.tributary.inference.v1.Payout.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 14: {
                                message.attributionRecordId = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for Inference
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Inference
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Inference.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Inference";
                };

                return Inference;
            })();

            v1.DataPool = (function() {

                /**
                 * Properties of a DataPool.
                 * @memberof tributary.inference.v1
                 * @interface IDataPool
                 * @property {number|Long|null} [datanetId] DataPool datanetId
                 * @property {number|Long|null} [version] DataPool version
                 * @property {number|Long|null} [tokens] DataPool tokens
                 * @property {string|null} [accPerToken] DataPool accPerToken
                 * @property {string|null} [carry] DataPool carry
                 * @property {string|null} [totalPaidIn] DataPool totalPaidIn
                 */

                /**
                 * Constructs a new DataPool.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a DataPool.
                 * @implements IDataPool
                 * @constructor
                 * @param {tributary.inference.v1.IDataPool=} [properties] Properties to set
                 */
                function DataPool(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DataPool datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataPool version.
                 * @member {number|Long} version
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataPool tokens.
                 * @member {number|Long} tokens
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataPool accPerToken.
                 * @member {string} accPerToken
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.accPerToken = "";

                /**
                 * DataPool carry.
                 * @member {string} carry
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.carry = "";

                /**
                 * DataPool totalPaidIn.
                 * @member {string} totalPaidIn
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.totalPaidIn = "";

                /**
                 * Encodes the specified DataPool message. Does not implicitly {@link tributary.inference.v1.DataPool.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.DataPool
                 * @static
                 * @param {tributary.inference.v1.IDataPool} message DataPool message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DataPool.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.tokens);
                    if (message.accPerToken != null && Object.hasOwnProperty.call(message, "accPerToken"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.accPerToken);
                    if (message.carry != null && Object.hasOwnProperty.call(message, "carry"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.carry);
                    if (message.totalPaidIn != null && Object.hasOwnProperty.call(message, "totalPaidIn"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.totalPaidIn);
                    return writer;
                };

                /**
                 * Decodes a DataPool message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.DataPool
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.DataPool} DataPool
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DataPool.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.DataPool();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.tokens = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.accPerToken = reader.string();
                                break;
                            }
                        case 5: {
                                message.carry = reader.string();
                                break;
                            }
                        case 6: {
                                message.totalPaidIn = reader.string();
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
                 * Gets the default type url for DataPool
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.DataPool
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DataPool.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.DataPool";
                };

                return DataPool;
            })();

            return v1;
        })();

        return inference;
    })();

    tributary.attribution = (function() {

        /**
         * Namespace attribution.
         * @memberof tributary
         * @namespace
         */
        const attribution = {};

        attribution.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.attribution
             * @namespace
             */
            const v1 = {};

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.attribution.v1
                 * @interface IParams
                 * @property {number|Long|null} [attributableDelayBlocks] Params attributableDelayBlocks
                 * @property {number|null} [paramsVersion] Params paramsVersion
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.attribution.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params attributableDelayBlocks.
                 * @member {number|Long} attributableDelayBlocks
                 * @memberof tributary.attribution.v1.Params
                 * @instance
                 */
                Params.prototype.attributableDelayBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params paramsVersion.
                 * @member {number} paramsVersion
                 * @memberof tributary.attribution.v1.Params
                 * @instance
                 */
                Params.prototype.paramsVersion = 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.attribution.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {tributary.attribution.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.attributableDelayBlocks != null && Object.hasOwnProperty.call(message, "attributableDelayBlocks"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.attributableDelayBlocks);
                    if (message.paramsVersion != null && Object.hasOwnProperty.call(message, "paramsVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.paramsVersion);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.attributableDelayBlocks = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.paramsVersion = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.Params";
                };

                return Params;
            })();

            /**
             * CommitmentStatus enum.
             * @name tributary.attribution.v1.CommitmentStatus
             * @enum {number}
             * @property {number} COMMITMENT_STATUS_UNSPECIFIED=0 COMMITMENT_STATUS_UNSPECIFIED value
             * @property {number} COMMITMENT_STATUS_PENDING=1 COMMITMENT_STATUS_PENDING value
             * @property {number} COMMITMENT_STATUS_READY=2 COMMITMENT_STATUS_READY value
             */
            v1.CommitmentStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "COMMITMENT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COMMITMENT_STATUS_PENDING"] = 1;
                values[valuesById[2] = "COMMITMENT_STATUS_READY"] = 2;
                return values;
            })();

            v1.IndexCommitment = (function() {

                /**
                 * Properties of an IndexCommitment.
                 * @memberof tributary.attribution.v1
                 * @interface IIndexCommitment
                 * @property {number|Long|null} [datanetId] IndexCommitment datanetId
                 * @property {number|Long|null} [version] IndexCommitment version
                 * @property {number|Long|null} [publishedHeight] IndexCommitment publishedHeight
                 * @property {number|Long|null} [readyHeight] IndexCommitment readyHeight
                 * @property {tributary.attribution.v1.CommitmentStatus|null} [status] IndexCommitment status
                 * @property {Uint8Array|null} [indexHash] IndexCommitment indexHash
                 * @property {number|Long|null} [documents] IndexCommitment documents
                 * @property {number|Long|null} [tokens] IndexCommitment tokens
                 */

                /**
                 * Constructs a new IndexCommitment.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an IndexCommitment.
                 * @implements IIndexCommitment
                 * @constructor
                 * @param {tributary.attribution.v1.IIndexCommitment=} [properties] Properties to set
                 */
                function IndexCommitment(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * IndexCommitment datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment publishedHeight.
                 * @member {number|Long} publishedHeight
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.publishedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment readyHeight.
                 * @member {number|Long} readyHeight
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.readyHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment status.
                 * @member {tributary.attribution.v1.CommitmentStatus} status
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.status = 0;

                /**
                 * IndexCommitment indexHash.
                 * @member {Uint8Array} indexHash
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.indexHash = $util.newBuffer([]);

                /**
                 * IndexCommitment documents.
                 * @member {number|Long} documents
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.documents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment tokens.
                 * @member {number|Long} tokens
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified IndexCommitment message. Does not implicitly {@link tributary.attribution.v1.IndexCommitment.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {tributary.attribution.v1.IIndexCommitment} message IndexCommitment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IndexCommitment.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.publishedHeight != null && Object.hasOwnProperty.call(message, "publishedHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.publishedHeight);
                    if (message.readyHeight != null && Object.hasOwnProperty.call(message, "readyHeight"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.readyHeight);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                    if (message.indexHash != null && Object.hasOwnProperty.call(message, "indexHash"))
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.indexHash);
                    if (message.documents != null && Object.hasOwnProperty.call(message, "documents"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.documents);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.tokens);
                    return writer;
                };

                /**
                 * Decodes an IndexCommitment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.IndexCommitment} IndexCommitment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IndexCommitment.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.IndexCommitment();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.publishedHeight = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.readyHeight = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.status = reader.int32();
                                break;
                            }
                        case 6: {
                                message.indexHash = reader.bytes();
                                break;
                            }
                        case 7: {
                                message.documents = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.tokens = reader.uint64();
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
                 * Gets the default type url for IndexCommitment
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                IndexCommitment.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.IndexCommitment";
                };

                return IndexCommitment;
            })();

            v1.ManifestEntry = (function() {

                /**
                 * Properties of a ManifestEntry.
                 * @memberof tributary.attribution.v1
                 * @interface IManifestEntry
                 * @property {number|Long|null} [datanetId] ManifestEntry datanetId
                 * @property {number|Long|null} [version] ManifestEntry version
                 */

                /**
                 * Constructs a new ManifestEntry.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ManifestEntry.
                 * @implements IManifestEntry
                 * @constructor
                 * @param {tributary.attribution.v1.IManifestEntry=} [properties] Properties to set
                 */
                function ManifestEntry(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ManifestEntry datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @instance
                 */
                ManifestEntry.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ManifestEntry version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @instance
                 */
                ManifestEntry.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ManifestEntry message. Does not implicitly {@link tributary.attribution.v1.ManifestEntry.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {tributary.attribution.v1.IManifestEntry} message ManifestEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ManifestEntry.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    return writer;
                };

                /**
                 * Decodes a ManifestEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ManifestEntry} ManifestEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ManifestEntry.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ManifestEntry();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
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
                 * Gets the default type url for ManifestEntry
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ManifestEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ManifestEntry";
                };

                return ManifestEntry;
            })();

            v1.ContributorCredit = (function() {

                /**
                 * Properties of a ContributorCredit.
                 * @memberof tributary.attribution.v1
                 * @interface IContributorCredit
                 * @property {string|null} [contributor] ContributorCredit contributor
                 * @property {number|Long|null} [points] ContributorCredit points
                 * @property {string|null} [amount] ContributorCredit amount
                 */

                /**
                 * Constructs a new ContributorCredit.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ContributorCredit.
                 * @implements IContributorCredit
                 * @constructor
                 * @param {tributary.attribution.v1.IContributorCredit=} [properties] Properties to set
                 */
                function ContributorCredit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributorCredit contributor.
                 * @member {string} contributor
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.contributor = "";

                /**
                 * ContributorCredit points.
                 * @member {number|Long} points
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.points = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCredit amount.
                 * @member {string} amount
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.amount = "";

                /**
                 * Encodes the specified ContributorCredit message. Does not implicitly {@link tributary.attribution.v1.ContributorCredit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {tributary.attribution.v1.IContributorCredit} message ContributorCredit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributorCredit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.contributor);
                    if (message.points != null && Object.hasOwnProperty.call(message, "points"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.points);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a ContributorCredit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ContributorCredit} ContributorCredit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributorCredit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ContributorCredit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 2: {
                                message.points = reader.uint64();
                                break;
                            }
                        case 3: {
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
                 * Gets the default type url for ContributorCredit
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributorCredit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ContributorCredit";
                };

                return ContributorCredit;
            })();

            v1.ContributionCredit = (function() {

                /**
                 * Properties of a ContributionCredit.
                 * @memberof tributary.attribution.v1
                 * @interface IContributionCredit
                 * @property {number|Long|null} [contributionId] ContributionCredit contributionId
                 * @property {string|null} [contributor] ContributionCredit contributor
                 * @property {number|Long|null} [points] ContributionCredit points
                 */

                /**
                 * Constructs a new ContributionCredit.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ContributionCredit.
                 * @implements IContributionCredit
                 * @constructor
                 * @param {tributary.attribution.v1.IContributionCredit=} [properties] Properties to set
                 */
                function ContributionCredit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributionCredit contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributionCredit contributor.
                 * @member {string} contributor
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.contributor = "";

                /**
                 * ContributionCredit points.
                 * @member {number|Long} points
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.points = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ContributionCredit message. Does not implicitly {@link tributary.attribution.v1.ContributionCredit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {tributary.attribution.v1.IContributionCredit} message ContributionCredit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributionCredit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.contributor);
                    if (message.points != null && Object.hasOwnProperty.call(message, "points"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.points);
                    return writer;
                };

                /**
                 * Decodes a ContributionCredit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ContributionCredit} ContributionCredit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributionCredit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ContributionCredit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 3: {
                                message.points = reader.uint64();
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
                 * Gets the default type url for ContributionCredit
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributionCredit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ContributionCredit";
                };

                return ContributionCredit;
            })();

            v1.ResidualParts = (function() {

                /**
                 * Properties of a ResidualParts.
                 * @memberof tributary.attribution.v1
                 * @interface IResidualParts
                 * @property {number|Long|null} [unmatched] ResidualParts unmatched
                 * @property {number|Long|null} [echo] ResidualParts echo
                 * @property {number|Long|null} [generic] ResidualParts generic
                 * @property {number|Long|null} [deleted] ResidualParts deleted
                 * @property {number|Long|null} [specificity] ResidualParts specificity
                 * @property {number|Long|null} [unpaid] ResidualParts unpaid
                 */

                /**
                 * Constructs a new ResidualParts.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ResidualParts.
                 * @implements IResidualParts
                 * @constructor
                 * @param {tributary.attribution.v1.IResidualParts=} [properties] Properties to set
                 */
                function ResidualParts(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResidualParts unmatched.
                 * @member {number|Long} unmatched
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.unmatched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts echo.
                 * @member {number|Long} echo
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.echo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts generic.
                 * @member {number|Long} generic
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.generic = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts deleted.
                 * @member {number|Long} deleted
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.deleted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts specificity.
                 * @member {number|Long} specificity
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.specificity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts unpaid.
                 * @member {number|Long} unpaid
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.unpaid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ResidualParts message. Does not implicitly {@link tributary.attribution.v1.ResidualParts.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {tributary.attribution.v1.IResidualParts} message ResidualParts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResidualParts.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.unmatched != null && Object.hasOwnProperty.call(message, "unmatched"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.unmatched);
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.echo);
                    if (message.generic != null && Object.hasOwnProperty.call(message, "generic"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.generic);
                    if (message.deleted != null && Object.hasOwnProperty.call(message, "deleted"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.deleted);
                    if (message.specificity != null && Object.hasOwnProperty.call(message, "specificity"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.specificity);
                    if (message.unpaid != null && Object.hasOwnProperty.call(message, "unpaid"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unpaid);
                    return writer;
                };

                /**
                 * Decodes a ResidualParts message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ResidualParts} ResidualParts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResidualParts.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ResidualParts();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.unmatched = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.echo = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.generic = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.deleted = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.specificity = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.unpaid = reader.uint64();
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
                 * Gets the default type url for ResidualParts
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResidualParts.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ResidualParts";
                };

                return ResidualParts;
            })();

            v1.AttributionRecord = (function() {

                /**
                 * Properties of an AttributionRecord.
                 * @memberof tributary.attribution.v1
                 * @interface IAttributionRecord
                 * @property {number|Long|null} [id] AttributionRecord id
                 * @property {string|null} [submitter] AttributionRecord submitter
                 * @property {Array.<tributary.attribution.v1.IManifestEntry>|null} [manifest] AttributionRecord manifest
                 * @property {Uint8Array|null} [outputHash] AttributionRecord outputHash
                 * @property {string|null} [output] AttributionRecord output
                 * @property {string|null} [prompt] AttributionRecord prompt
                 * @property {number|null} [tokens] AttributionRecord tokens
                 * @property {number|Long|null} [totalPoints] AttributionRecord totalPoints
                 * @property {Array.<tributary.attribution.v1.IContributorCredit>|null} [contributors] AttributionRecord contributors
                 * @property {Array.<tributary.attribution.v1.IContributionCredit>|null} [contributions] AttributionRecord contributions
                 * @property {number|Long|null} [residual] AttributionRecord residual
                 * @property {tributary.attribution.v1.IResidualParts|null} [residualParts] AttributionRecord residualParts
                 * @property {cosmos.base.v1beta1.ICoin|null} [fee] AttributionRecord fee
                 * @property {string|null} [remainder] AttributionRecord remainder
                 * @property {number|null} [paramsVersion] AttributionRecord paramsVersion
                 * @property {number|Long|null} [height] AttributionRecord height
                 */

                /**
                 * Constructs a new AttributionRecord.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an AttributionRecord.
                 * @implements IAttributionRecord
                 * @constructor
                 * @param {tributary.attribution.v1.IAttributionRecord=} [properties] Properties to set
                 */
                function AttributionRecord(properties) {
                    this.manifest = [];
                    this.contributors = [];
                    this.contributions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AttributionRecord id.
                 * @member {number|Long} id
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord submitter.
                 * @member {string} submitter
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.submitter = "";

                /**
                 * AttributionRecord manifest.
                 * @member {Array.<tributary.attribution.v1.IManifestEntry>} manifest
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.manifest = $util.emptyArray;

                /**
                 * AttributionRecord outputHash.
                 * @member {Uint8Array} outputHash
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.outputHash = $util.newBuffer([]);

                /**
                 * AttributionRecord output.
                 * @member {string} output
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.output = "";

                /**
                 * AttributionRecord prompt.
                 * @member {string} prompt
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.prompt = "";

                /**
                 * AttributionRecord tokens.
                 * @member {number} tokens
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.tokens = 0;

                /**
                 * AttributionRecord totalPoints.
                 * @member {number|Long} totalPoints
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.totalPoints = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord contributors.
                 * @member {Array.<tributary.attribution.v1.IContributorCredit>} contributors
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.contributors = $util.emptyArray;

                /**
                 * AttributionRecord contributions.
                 * @member {Array.<tributary.attribution.v1.IContributionCredit>} contributions
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.contributions = $util.emptyArray;

                /**
                 * AttributionRecord residual.
                 * @member {number|Long} residual
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.residual = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord residualParts.
                 * @member {tributary.attribution.v1.IResidualParts|null|undefined} residualParts
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.residualParts = null;

                /**
                 * AttributionRecord fee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} fee
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.fee = null;

                /**
                 * AttributionRecord remainder.
                 * @member {string} remainder
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.remainder = "";

                /**
                 * AttributionRecord paramsVersion.
                 * @member {number} paramsVersion
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.paramsVersion = 0;

                /**
                 * AttributionRecord height.
                 * @member {number|Long} height
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified AttributionRecord message. Does not implicitly {@link tributary.attribution.v1.AttributionRecord.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {tributary.attribution.v1.IAttributionRecord} message AttributionRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttributionRecord.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.submitter != null && Object.hasOwnProperty.call(message, "submitter"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.submitter);
                    if (message.manifest != null && message.manifest.length)
                        for (let i = 0; i < message.manifest.length; ++i)
                            $root.tributary.attribution.v1.ManifestEntry.encode(message.manifest[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.outputHash != null && Object.hasOwnProperty.call(message, "outputHash"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.outputHash);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.output);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.prompt);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.tokens);
                    if (message.totalPoints != null && Object.hasOwnProperty.call(message, "totalPoints"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.totalPoints);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.tributary.attribution.v1.ContributorCredit.encode(message.contributors[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.contributions != null && message.contributions.length)
                        for (let i = 0; i < message.contributions.length; ++i)
                            $root.tributary.attribution.v1.ContributionCredit.encode(message.contributions[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.residual != null && Object.hasOwnProperty.call(message, "residual"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.residual);
                    if (message.residualParts != null && Object.hasOwnProperty.call(message, "residualParts"))
                        $root.tributary.attribution.v1.ResidualParts.encode(message.residualParts, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.fee, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (message.remainder != null && Object.hasOwnProperty.call(message, "remainder"))
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.remainder);
                    if (message.paramsVersion != null && Object.hasOwnProperty.call(message, "paramsVersion"))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.paramsVersion);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes an AttributionRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.AttributionRecord} AttributionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttributionRecord.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.AttributionRecord();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.submitter = reader.string();
                                break;
                            }
                        case 3: {
                                if (!(message.manifest && message.manifest.length))
                                    message.manifest = [];
                                message.manifest.push($root.tributary.attribution.v1.ManifestEntry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.outputHash = reader.bytes();
                                break;
                            }
                        case 5: {
                                message.output = reader.string();
                                break;
                            }
                        case 6: {
                                message.prompt = reader.string();
                                break;
                            }
                        case 7: {
                                message.tokens = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.totalPoints = reader.uint64();
                                break;
                            }
                        case 9: {
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.tributary.attribution.v1.ContributorCredit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                if (!(message.contributions && message.contributions.length))
                                    message.contributions = [];
                                message.contributions.push($root.tributary.attribution.v1.ContributionCredit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 11: {
                                message.residual = reader.uint64();
                                break;
                            }
                        case 12: {
                                message.residualParts = $root.tributary.attribution.v1.ResidualParts.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 13: {
                                message.fee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 14: {
                                message.remainder = reader.string();
                                break;
                            }
                        case 15: {
                                message.paramsVersion = reader.uint32();
                                break;
                            }
                        case 16: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for AttributionRecord
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                AttributionRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.AttributionRecord";
                };

                return AttributionRecord;
            })();

            return v1;
        })();

        return attribution;
    })();

    return tributary;
})();

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.base = (function() {

        /**
         * Namespace base.
         * @memberof cosmos
         * @namespace
         */
        const base = {};

        base.query = (function() {

            /**
             * Namespace query.
             * @memberof cosmos.base
             * @namespace
             */
            const query = {};

            query.v1beta1 = (function() {

                /**
                 * Namespace v1beta1.
                 * @memberof cosmos.base.query
                 * @namespace
                 */
                const v1beta1 = {};

                v1beta1.PageRequest = (function() {

                    /**
                     * Properties of a PageRequest.
                     * @memberof cosmos.base.query.v1beta1
                     * @interface IPageRequest
                     * @property {Uint8Array|null} [key] PageRequest key
                     * @property {number|Long|null} [offset] PageRequest offset
                     * @property {number|Long|null} [limit] PageRequest limit
                     * @property {boolean|null} [countTotal] PageRequest countTotal
                     * @property {boolean|null} [reverse] PageRequest reverse
                     */

                    /**
                     * Constructs a new PageRequest.
                     * @memberof cosmos.base.query.v1beta1
                     * @classdesc Represents a PageRequest.
                     * @implements IPageRequest
                     * @constructor
                     * @param {cosmos.base.query.v1beta1.IPageRequest=} [properties] Properties to set
                     */
                    function PageRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PageRequest key.
                     * @member {Uint8Array} key
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.key = $util.newBuffer([]);

                    /**
                     * PageRequest offset.
                     * @member {number|Long} offset
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * PageRequest limit.
                     * @member {number|Long} limit
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * PageRequest countTotal.
                     * @member {boolean} countTotal
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.countTotal = false;

                    /**
                     * PageRequest reverse.
                     * @member {boolean} reverse
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @instance
                     */
                    PageRequest.prototype.reverse = false;

                    /**
                     * Encodes the specified PageRequest message. Does not implicitly {@link cosmos.base.query.v1beta1.PageRequest.verify|verify} messages.
                     * @function encode
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @static
                     * @param {cosmos.base.query.v1beta1.IPageRequest} message PageRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PageRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                        if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                        if (message.countTotal != null && Object.hasOwnProperty.call(message, "countTotal"))
                            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.countTotal);
                        if (message.reverse != null && Object.hasOwnProperty.call(message, "reverse"))
                            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reverse);
                        return writer;
                    };

                    /**
                     * Decodes a PageRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {cosmos.base.query.v1beta1.PageRequest} PageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PageRequest.decode = function decode(reader, length, error, long) {
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
                        message = new $root.cosmos.base.query.v1beta1.PageRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.key = reader.bytes();
                                    break;
                                }
                            case 2: {
                                    message.offset = reader.uint64();
                                    break;
                                }
                            case 3: {
                                    message.limit = reader.uint64();
                                    break;
                                }
                            case 4: {
                                    message.countTotal = reader.bool();
                                    break;
                                }
                            case 5: {
                                    message.reverse = reader.bool();
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
                     * Gets the default type url for PageRequest
                     * @function getTypeUrl
                     * @memberof cosmos.base.query.v1beta1.PageRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/cosmos.base.query.v1beta1.PageRequest";
                    };

                    return PageRequest;
                })();

                v1beta1.PageResponse = (function() {

                    /**
                     * Properties of a PageResponse.
                     * @memberof cosmos.base.query.v1beta1
                     * @interface IPageResponse
                     * @property {Uint8Array|null} [nextKey] PageResponse nextKey
                     * @property {number|Long|null} [total] PageResponse total
                     */

                    /**
                     * Constructs a new PageResponse.
                     * @memberof cosmos.base.query.v1beta1
                     * @classdesc Represents a PageResponse.
                     * @implements IPageResponse
                     * @constructor
                     * @param {cosmos.base.query.v1beta1.IPageResponse=} [properties] Properties to set
                     */
                    function PageResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PageResponse nextKey.
                     * @member {Uint8Array} nextKey
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @instance
                     */
                    PageResponse.prototype.nextKey = $util.newBuffer([]);

                    /**
                     * PageResponse total.
                     * @member {number|Long} total
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @instance
                     */
                    PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Encodes the specified PageResponse message. Does not implicitly {@link cosmos.base.query.v1beta1.PageResponse.verify|verify} messages.
                     * @function encode
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @static
                     * @param {cosmos.base.query.v1beta1.IPageResponse} message PageResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PageResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.nextKey != null && Object.hasOwnProperty.call(message, "nextKey"))
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nextKey);
                        if (message.total != null && Object.hasOwnProperty.call(message, "total"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                        return writer;
                    };

                    /**
                     * Decodes a PageResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {cosmos.base.query.v1beta1.PageResponse} PageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PageResponse.decode = function decode(reader, length, error, long) {
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
                        message = new $root.cosmos.base.query.v1beta1.PageResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.nextKey = reader.bytes();
                                    break;
                                }
                            case 2: {
                                    message.total = reader.uint64();
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
                     * Gets the default type url for PageResponse
                     * @function getTypeUrl
                     * @memberof cosmos.base.query.v1beta1.PageResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/cosmos.base.query.v1beta1.PageResponse";
                    };

                    return PageResponse;
                })();

                return v1beta1;
            })();

            return query;
        })();

        base.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof cosmos.base
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Coin = (function() {

                /**
                 * Properties of a Coin.
                 * @memberof cosmos.base.v1beta1
                 * @interface ICoin
                 * @property {string|null} [denom] Coin denom
                 * @property {string|null} [amount] Coin amount
                 */

                /**
                 * Constructs a new Coin.
                 * @memberof cosmos.base.v1beta1
                 * @classdesc Represents a Coin.
                 * @implements ICoin
                 * @constructor
                 * @param {cosmos.base.v1beta1.ICoin=} [properties] Properties to set
                 */
                function Coin(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Coin denom.
                 * @member {string} denom
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.denom = "";

                /**
                 * Coin amount.
                 * @member {string} amount
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.amount = "";

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.ICoin} message Coin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Coin.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.denom != null && Object.hasOwnProperty.call(message, "denom"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Coin.decode = function decode(reader, length, error, long) {
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
                    message = new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.denom = reader.string();
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
                 * Gets the default type url for Coin
                 * @function getTypeUrl
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Coin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        return base;
    })();

    return cosmos;
})();

export { $root as default };
